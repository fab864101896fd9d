using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Recommendations.Import;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Forms;
using Partnership.SharedKernel.Pages;

namespace Partnership.Modules.Recommendations.Areas.Recommendations.Pages.Import;

/// <summary>
/// An uploaded plan before it is imported: the column of each field, every row as read and as understood
/// with its errors, and the import of every row or none.
/// </summary>
[Authorize(Policy = AccessPolicies.BusinessTeam)]
internal sealed class PreviewModel(ImportDrafts drafts) : PageModel
{
    /// <summary>How many rows with errors the error summary names when an import is refused.</summary>
    private const int RowsNamed = 5;

    [BindProperty(SupportsGet = true)]
    public bool ErrorsOnly { get; set; }

    // "page" is Razor Pages' own route value, so the number is read from the query string only.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The column chosen for each field: its number, or empty for none.</summary>
    [BindProperty]
    public Dictionary<PlanField, string> Columns { get; set; } = [];

    [TempData]
    public string? Message { get; set; }

    public CheckedDraft? Checked { get; private set; }

    public IReadOnlySet<int> FixedRows { get; private set; } = new HashSet<int>();

    public IReadOnlyList<string> Headers { get; private set; } = [];

    public ColumnMap Map { get; private set; } = new(new Dictionary<PlanField, int>());

    public bool IsReviewActionPlan => ColumnMap.MatchesReviewActionPlan(Headers);

    public IReadOnlyList<CheckedRow> Shown { get; private set; } = [];

    public Pagination? Pages { get; private set; }

    public static string ColumnId(PlanField field) => "column-" + ImportEndpoints.JsonName(field);

    public async Task<IActionResult> OnGetAsync(Guid draftId, CancellationToken cancellationToken) =>
        await drafts.FindAsync(draftId, cancellationToken) is { } draft ? await Show(draft, cancellationToken) : NotFound();

    public async Task<IActionResult> OnPostColumnsAsync(Guid draftId, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (await drafts.FindAsync(draftId, cancellationToken) is not { } draft)
        {
            return NotFound();
        }
        var headers = draft.SheetHeaders();
        var chosen = new Dictionary<PlanField, int>();
        foreach (var field in Enum.GetValues<PlanField>())
        {
            var value = Columns.GetValueOrDefault(field) ?? "";
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var column) && column < headers.Count)
            {
                chosen[field] = column;
            }
            else if (value.Length > 0)
            {
                ModelState.AddModelError(ColumnId(field), $"Choose the column that holds the {field.DisplayName().ToLowerInvariant()}, or Not in this sheet");
            }
        }
        if (!ModelState.IsValid)
        {
            return await Show(draft, cancellationToken);
        }
        draft.Choose(new ColumnMap(chosen));
        await drafts.SaveAsync(cancellationToken);
        Message = "Columns applied: every row has been checked again.";
        return Redirect($"/recommendations/import/{draftId}");
    }

    public async Task<IActionResult> OnPostImportAsync(Guid draftId, CancellationToken cancellationToken)
    {
        if (await drafts.FindAsync(draftId, cancellationToken) is not { } draft)
        {
            return NotFound();
        }
        ImportOutcome? outcome;
        try
        {
            outcome = await drafts.ImportAsync(draft, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The same draft was imported or cancelled a moment ago, in another tab or by a second press.
            return NotFound();
        }
        if (outcome is null)
        {
            return NotFound();
        }
        if (outcome.Saved)
        {
            Message = $"{Count(outcome.Recommendations, "recommendation")} and {Count(outcome.Actions, "action")} imported from {draft.FileName}.";
            return Redirect($"/recommendations/our-actions?sourceId={draft.SourceId}&sort=source");
        }
        ModelState.Clear();
        if (outcome.Rows.Count == 0)
        {
            ModelState.AddModelError("", "The sheet has no rows under its headings: there is nothing to import");
        }
        else
        {
            ModelState.AddModelError("", $"{Count(outcome.RowsWithErrors, "row")} {(outcome.RowsWithErrors == 1 ? "has" : "have")} errors: fix {(outcome.RowsWithErrors == 1 ? "it" : "them")} before importing. Nothing has been imported.");
            foreach (var row in outcome.Rows.Where(r => !r.IsValid).Take(RowsNamed))
            {
                ModelState.AddModelError($"row-{row.Input.Row}", $"Row {row.Input.Row}: {row.Errors.First().Value}");
            }
        }
        // The rows the summary links to are on the first page of rows with errors.
        (ErrorsOnly, PageNumber) = (true, 1);
        return await Show(draft, cancellationToken);
    }

    private async Task<IActionResult> Show(ImportDraft draft, CancellationToken cancellationToken)
    {
        if (await drafts.CheckAsync(draft, cancellationToken) is not { } checkedDraft)
        {
            return NotFound();
        }
        Checked = checkedDraft;
        Headers = draft.SheetHeaders();
        Map = draft.Map();
        FixedRows = draft.FixedRows();
        var rows = ErrorsOnly ? [.. checkedDraft.Rows.Where(r => !r.IsValid)] : checkedDraft.Rows;
        var current = Pagination.Clamp(PageNumber, Pagination.CountPages(rows.Count));
        Shown = [.. rows.Skip(Pagination.Skip(current)).Take(Pagination.PageSize)];
        Pages = new Pagination(current, Pagination.CountPages(rows.Count), page => $"?errorsOnly={ErrorsOnly}&page={page}");
        ViewData.ListErrorsInOrder(["", .. Enum.GetValues<PlanField>().Select(ColumnId)]);
        return Page();
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
