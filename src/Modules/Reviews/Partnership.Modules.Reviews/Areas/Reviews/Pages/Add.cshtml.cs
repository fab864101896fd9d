using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Reviews.AddReview;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Forms;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages;

[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class AddModel(AddReviewHandler handler, IAgencyDirectory directory) : PageModel
{
    [BindProperty]
    public string? Reference { get; set; }

    [BindProperty]
    public ReviewType? Type { get; set; }

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? Chair { get; set; }

    [BindProperty]
    public string? Author { get; set; }

    [BindProperty]
    public DateInput IncidentKnownOn { get; set; } = new();

    [BindProperty]
    public DateInput NotifiedOn { get; set; } = new();

    [BindProperty]
    public DateInput CommissionedOn { get; set; } = new();

    [BindProperty]
    public DateInput StartedOn { get; set; } = new();

    [BindProperty]
    public List<Guid> AgencyIds { get; set; } = [];

    public IReadOnlyList<AgencySummary> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Agencies = await ActiveAgencies(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Model binding's own messages are replaced by the service's, which name the field in words.
        ModelState.Clear();
        var input = new NewReview(
            Reference, Type, Subject, Summary, Chair, Author,
            IncidentKnownOn.Read(ModelState, nameof(IncidentKnownOn), "The date the local authority became aware", null),
            NotifiedOn.Read(ModelState, nameof(NotifiedOn), "The date the national panel was notified", null),
            CommissionedOn.Read(ModelState, nameof(CommissionedOn), "The date the review was commissioned", null),
            StartedOn.Read(ModelState, nameof(StartedOn), "The date the inspection started", null),
            AgencyIds);
        if (ModelState.IsValid)
        {
            try
            {
                var review = await handler.AddAsync(input, cancellationToken);
                return Redirect($"/reviews/review/{review.Id}");
            }
            catch (ValidationException invalid)
            {
                // A date's message belongs to its day box, where the date input shows it.
                foreach (var (field, messages) in invalid.Errors)
                {
                    var key = DateFields.Contains(field) ? $"{char.ToUpperInvariant(field[0])}{field[1..]}.Day" : field;
                    messages.ToList().ForEach(message => ModelState.AddModelError(key, message));
                }
            }
        }
        ViewData.ListErrorsInOrder("reference", "type", "subject", "summary", nameof(IncidentKnownOn), nameof(NotifiedOn), nameof(CommissionedOn), nameof(StartedOn), "agencyIds");
        Agencies = await ActiveAgencies(cancellationToken);
        return Page();
    }

    private static readonly HashSet<string> DateFields = ["incidentKnownOn", "notifiedOn", "commissionedOn", "startedOn"];

    private async Task<IReadOnlyList<AgencySummary>> ActiveAgencies(CancellationToken cancellationToken) =>
        (await directory.AllAsync(cancellationToken)).Where(a => a.IsActive).ToList();
}
