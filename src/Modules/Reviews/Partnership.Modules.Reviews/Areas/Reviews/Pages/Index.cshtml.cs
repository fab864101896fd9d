using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.ListReviews;
using Partnership.Modules.Reviews.Register;
using Partnership.Modules.Reviews.Search;
using Partnership.Modules.Reviews.Themes;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Users;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages;

/// <summary>The review register: every review the user may read, with its stage and statutory clock.</summary>
internal sealed class IndexModel(RegisterQuery query, ICurrentUser user, ThemeList themes, IAgencyDirectory directory) : PageModel
{
    /// <summary>Words to find in the reviews and their learning.</summary>
    [BindProperty(Name = "q", SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Theme { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Agency { get; set; }

    public IReadOnlyList<Theme> Themes { get; private set; } = [];

    public IReadOnlyList<AgencySummary> Agencies { get; private set; } = [];

    public bool Searching => !string.IsNullOrWhiteSpace(Search);

    [BindProperty(SupportsGet = true)]
    public ReviewType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public ReviewStage? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    // "page" is Razor Pages' own route value, so the number is read from the query string only.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public RegisterPage Result { get; private set; } = new([], 0, 1, 1);

    public bool CanAdd => user.IsInRole(Roles.BusinessTeam);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A search is shown best match first unless another order is chosen.
        Sort ??= Searching ? "relevance" : "reference";
        Result = await query.RunAsync(new RegisterFilter(Type, Stage, Year, Overdue, Sort, PageNumber) { ThemeId = Theme, AgencyId = Agency, Search = Search }, cancellationToken);
        Themes = await themes.AllAsync(cancellationToken);
        Agencies = [.. (await directory.AllAsync(cancellationToken)).OrderBy(a => a.Name)];
    }

    /// <summary>This register's address with the same filters, on another page.</summary>
    public string Query(int page)
    {
        var query = new QueryBuilder();
        void Add(string key, object? value)
        {
            if (value?.ToString() is { Length: > 0 } text)
            {
                query.Add(key, text);
            }
        }
        Add("q", Search?.Trim());
        Add("type", Type);
        Add("stage", Stage);
        Add("year", Year);
        Add("theme", Theme);
        Add("agency", Agency);
        Add("overdue", Overdue ? "true" : null);
        Add("sort", Sort);
        Add("page", page);
        return query.ToQueryString().Value!;
    }

    /// <summary>A learning headline with the matched words marked; everything else is encoded.</summary>
    public static IHtmlContent Highlighted(string headline) => new HtmlString(HtmlEncoder.Default.Encode(headline)
        .Replace(HtmlEncoder.Default.Encode(ReviewSearch.StartMark), "<mark>", StringComparison.Ordinal)
        .Replace(HtmlEncoder.Default.Encode(ReviewSearch.StopMark), "</mark>", StringComparison.Ordinal));
}
