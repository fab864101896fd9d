using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.ListReviews;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Users;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages;

/// <summary>The review register: every review the user may read, with its stage and statutory clock.</summary>
internal sealed class IndexModel(RegisterQuery query, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReviewType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public ReviewStage? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Sort { get; set; } = "reference";

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public RegisterPage Result { get; private set; } = new([], 0, 1, 1);

    public bool CanAdd => user.IsInRole(Roles.BusinessTeam);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await query.RunAsync(new RegisterFilter(Type, Stage, Year, Overdue, Sort, PageNumber), cancellationToken);
}
