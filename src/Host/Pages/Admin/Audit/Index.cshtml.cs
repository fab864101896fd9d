using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Partnership.Host.Data;
using Partnership.Host.Platform.Agencies;
using Partnership.Host.Platform.Audit;
using Partnership.Host.Platform.Security;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Forms;

namespace Partnership.Host.Pages.Admin.Audit;

/// <summary>
/// The audit trail of the platform and every enabled module, searched together: by person, record,
/// agency, action, module and UK dates, newest first, a page at a time or as a CSV download.
/// </summary>
[Authorize(Policy = Policies.BusinessTeam)]
internal sealed class IndexModel(AuditSearch search, AuditSources sources, PlatformDbContext db, TimeProvider time) : PageModel
{
    public const int DownloadLimit = 10_000;

    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Module { get; set; }

    [BindProperty(SupportsGet = true, Name = nameof(From))]
    public DateInput From { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = nameof(To))]
    public DateInput To { get; set; } = new();

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public IReadOnlyList<AuditSource> Sources => sources.All;

    /// <summary>Null when the search could not run because of a mistake in the form.</summary>
    public AuditResults? Results { get; private set; }

    public string AgencyName(Guid? id) =>
        id is { } known ? Agencies.FirstOrDefault(a => a.Id == known)?.Name ?? "Unknown agency" : "None";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAgenciesAsync(cancellationToken);
        if (ReadFilter() is { } filter)
        {
            // "page" is a route value in Razor Pages, so it is read from the query string itself.
            var page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1;
            Results = await search.PageAsync(filter, page, cancellationToken);
        }
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAgenciesAsync(cancellationToken);
        if (ReadFilter() is not { } filter)
        {
            return Page();
        }
        // Taking a copy of the trail is itself on the record.
        db.RecordEvent("AuditTrailDownloaded", nameof(SharedKernel.Audit.AuditEntry), null, Request.QueryString.Value);
        await db.SaveChangesAsync(cancellationToken);

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"audit-trail-{UkTime.Today(time):yyyy-MM-dd}.csv\"";
        await AuditCsv.WriteAsync(Response.Body, search.ReadAsync(filter, DownloadLimit, 0, cancellationToken), AgencyName, cancellationToken);
        return new EmptyResult();
    }

    /// <summary>This search's address, on another page of results or as a download.</summary>
    public string Link(int? page = null, bool csv = false)
    {
        var query = new QueryBuilder();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add(key, value.Trim());
            }
        }
        Add(nameof(Person), Person);
        Add(nameof(Agency), Agency);
        Add(nameof(Action), Action);
        Add(nameof(EntityType), EntityType);
        Add(nameof(EntityId), EntityId);
        Add(nameof(Module), Module);
        foreach (var (name, date) in new[] { (nameof(From), From), (nameof(To), To) })
        {
            Add($"{name}.Day", date.Day);
            Add($"{name}.Month", date.Month);
            Add($"{name}.Year", date.Year);
        }
        if (page is > 1)
        {
            query.Add("page", page.Value.ToString(CultureInfo.InvariantCulture));
        }
        return (csv ? "/admin/audit/csv" : "/admin/audit") + query.ToQueryString();
    }

    /// <summary>The history of one record: every entry about it.</summary>
    public static string RecordLink(AuditRecord entry) =>
        "/admin/audit" + new QueryBuilder { { nameof(EntityType), entry.EntityType }, { nameof(EntityId), entry.EntityId ?? "" } }.ToQueryString();

    private async Task LoadAgenciesAsync(CancellationToken cancellationToken) =>
        Agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name).ToListAsync(cancellationToken);

    private AuditFilter? ReadFilter()
    {
        var from = From.Read(ModelState, nameof(From), "From date", whenEmpty: null);
        var to = To.Read(ModelState, nameof(To), "To date", whenEmpty: null);
        if (from is { } start && to is { } end && end < start)
        {
            To.Fail(ModelState, nameof(To), $"To date must be the same as or after {UkTime.Date(start)}");
        }
        if (!ModelState.IsValid)
        {
            return null;
        }
        return new AuditFilter
        {
            Person = Blank(Person),
            EntityType = Blank(EntityType),
            EntityId = Blank(EntityId) is { } id && Guid.TryParse(id, out var guid) ? guid.ToString() : Blank(EntityId),
            // Values the lists never offer are ignored rather than searched for.
            AgencyId = Guid.TryParse(Agency, out var agency) ? agency : null,
            Action = Blank(Action),
            Schema = sources.Find(Module)?.Schema,
            From = from is { } first ? UkTime.StartOfDay(first) : null,
            Before = to is { } last ? UkTime.StartOfDay(last.AddDays(1)) : null,
        };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
