using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Recommendations.Import;
using Partnership.Modules.Recommendations.Plans;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Forms;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Recommendations.Areas.Recommendations.Pages.Import;

/// <summary>The business team uploads a plan kept in Excel, read once into a draft to map and check before anything is saved.</summary>
[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class UploadModel(PlanImporter importer, ImportDrafts drafts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? SourceId { get; set; }

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<Source> Sources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Sources = await importer.SourcesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            var draft = await drafts.StartAsync(SourceId, file, cancellationToken);
            return Redirect($"/recommendations/import/{draft.Id}");
        }
        catch (ValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid);
        }
        Sources = await importer.SourcesAsync(cancellationToken);
        ViewData.ListErrorsInOrder("sourceId", "file");
        return Page();
    }
}
