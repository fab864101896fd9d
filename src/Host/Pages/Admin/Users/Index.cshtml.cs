using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnership.Host.Data;
using Partnership.Host.Pages.Shared;
using Partnership.Host.Platform.Agencies;
using Partnership.Host.Platform.Security;
using Partnership.SharedKernel.Pages;

namespace Partnership.Host.Pages.Admin.Users;

/// <summary>The people who use the service, filtered by agency, role and status, sorted by name, 50 to a page.</summary>
[Authorize(Policy = Policies.BusinessTeam)]
internal sealed class IndexModel(PlatformDbContext db) : PageModel
{
    public const string NameDescending = "name-desc";

    [BindProperty(SupportsGet = true, Name = "agency")]
    public Guid? Agency { get; set; }

    [BindProperty(SupportsGet = true, Name = "role")]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    public bool Descending => Sort == NameDescending;

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public IReadOnlyList<PersonRow> People { get; private set; } = [];

    public int Total { get; private set; }

    public Pagination Pages { get; private set; } = new(1, 1, _ => "");

    [TempData]
    public string? Message { get; set; }

    // "page" is Razor Pages' own route value, so the number is read from the query string only.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        Agencies = await db.Agencies.AsNoTracking().ByName().ToListAsync(cancellationToken);
        var people = Filtered();
        Total = await people.CountAsync(cancellationToken);
        var pageCount = Pagination.CountPages(Total);
        var current = Pagination.Clamp(pageNumber, pageCount);
        var joined = people.Join(db.Agencies, u => u.AgencyId, a => a.Id, (u, a) => new { Person = u, AgencyName = a.Name });
#pragma warning disable CA1304, CA1311 // EF Core runs this as PostgreSQL's lower(); no .NET culture takes part.
        var sorted = Descending
            ? joined.OrderByDescending(x => x.Person.DisplayName.ToLower()).ThenByDescending(x => x.Person.Email)
            : joined.OrderBy(x => x.Person.DisplayName.ToLower()).ThenBy(x => x.Person.Email);
#pragma warning restore CA1304, CA1311
        People = await sorted
            .Skip(Pagination.Skip(current)).Take(Pagination.PageSize)
            .Select(x => new PersonRow(x.Person.Id, x.Person.DisplayName, x.Person.Email, x.AgencyName, x.Person.Roles, x.Person.IsActive, x.Person.PasswordHash != null))
            .ToListAsync(cancellationToken);
        Pages = new Pagination(current, pageCount, number => Address(Sort, number));
    }

    /// <summary>This list's address with the filters kept, sorted as asked, on the page given.</summary>
    public string Address(string? sort, int page = 1)
    {
        var query = new QueryBuilder();
        if (Agency is { } agency)
        {
            query.Add("agency", agency.ToString());
        }
        foreach (var (name, value) in new[] { ("role", Role), ("status", Status), ("sort", sort) })
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(name, value);
            }
        }
        if (page > 1)
        {
            query.Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return "/admin/users" + query.ToQueryString();
    }

    private IQueryable<Platform.Users.PlatformUser> Filtered()
    {
        var people = db.Users.AsNoTracking();
        if (Agency is { } agency)
        {
            people = people.Where(u => u.AgencyId == agency);
        }
        if (!string.IsNullOrEmpty(Role))
        {
            people = people.Where(u => u.Roles.Contains(Role));
        }
        return Status switch
        {
            PersonStatus.Active => people.Where(u => u.IsActive && u.PasswordHash != null),
            PersonStatus.Invited => people.Where(u => u.IsActive && u.PasswordHash == null),
            PersonStatus.Deactivated => people.Where(u => !u.IsActive),
            _ => people,
        };
    }
}
