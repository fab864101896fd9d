using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Reviews.AgencyReports;
using Partnership.SharedKernel.Forms;
using Partnership.SharedKernel.Users;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.Areas.Reviews.Pages.AgencyReports;

/// <summary>
/// One agency report: its state, file and history. The agency's lead submits it here; the business team
/// accepts it or asks for changes. After a refused save, what the person typed is shown again.
/// </summary>
internal sealed class ReportModel(AgencyReportQueries query, AgencyReportChanges changes, ICurrentUser user) : PageModel
{
    public AgencyReportRow? Row { get; private set; }

    public DateOnly Today => query.Today;

    [TempData]
    public string? Message { get; set; }

    [BindProperty]
    public uint? Version { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public DateInput ResubmitBy { get; set; } = new();

    /// <summary>What the person typed before a conflict, when the form it came from no longer applies; shown so nothing is lost.</summary>
    public string? Unsaved { get; private set; }

    public bool CanSubmit => Row is { Report: var report } && report.IsOutstanding && user.IsInRole(Roles.AgencyLead) && user.AgencyId == report.AgencyId;

    public bool CanDecide => Row is { Report.State: AgencyReportState.Submitted } && user.IsInRole(Roles.BusinessTeam);

    public async Task<IActionResult> OnGetAsync(Guid reportId, CancellationToken cancellationToken)
    {
        var page = await Show(reportId, cancellationToken);
        Text = Row?.Report.Text;
        return page;
    }

    public Task<IActionResult> OnPostSubmitAsync(Guid reportId, CancellationToken cancellationToken) =>
        Change(reportId, "Your report was submitted", Text, () => changes.SubmitAsync(reportId, Version, Text, Upload, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(Guid reportId, CancellationToken cancellationToken) =>
        Change(reportId, "The report was accepted", null, () => changes.AcceptAsync(reportId, Version, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostChangesAsync(Guid reportId, CancellationToken cancellationToken) =>
        Change(reportId, "The agency was asked for changes", Comment, () =>
        {
            var date = ResubmitBy.Read(ModelState, nameof(ResubmitBy), "The date the revised report is due", "Enter the date the revised report is due");
            return changes.AskForChangesAsync(reportId, Version, Comment, date, cancellationToken, dateUnreadable: !ModelState.IsValid);
        }, cancellationToken);

    private async Task<IActionResult> Change(Guid reportId, string done, string? typed, Func<Task<AgencyReport?>> change, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            if (await change() is null)
            {
                return NotFound();
            }
            Message = done;
            return Redirect($"/reviews/agency-reports/{reportId}");
        }
        catch (ValidationException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                foreach (var message in messages)
                {
                    switch (field)
                    {
                        case "resubmitBy": ResubmitBy.Fail(ModelState, nameof(ResubmitBy), message); break;
                        // A conflict is about the whole form, not one field: the summary links to the page.
                        case "version": ModelState.AddModelError("", message); Unsaved = typed; break;
                        default: ModelState.AddModelError(field, message); break;
                    }
                }
            }
        }
        return await Show(reportId, cancellationToken);
    }

    private async Task<IActionResult> Show(Guid reportId, CancellationToken cancellationToken)
    {
        Row = await query.FindAsync(reportId, cancellationToken);
        ViewData["ErrorOrder"] = new[] { "", "text", "file", "comment", nameof(ResubmitBy) };
        return Row is null ? NotFound() : Page();
    }
}
