using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Partnership.Modules.Recommendations.ChangeAction;
using Partnership.Modules.Recommendations.Plans;
using Partnership.Modules.Recommendations.RecordProgress;
using Partnership.Modules.Recommendations.ViewAction;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Forms;
using Partnership.SharedKernel.Users;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Recommendations.Areas.Recommendations.Pages;

/// <summary>One action: its definition, status and history, the updates the user may read, recording progress for its lead agency and setting the status for the business team.</summary>
internal sealed class ActionModel(ActionDetailsQuery query, ProgressRecorder recorder, ActionChanges changes, ICurrentUser user, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Narrative { get; set; }

    [BindProperty]
    public string? Impact { get; set; }

    [BindProperty]
    public DateInput ReportedOn { get; set; } = new();

    [BindProperty]
    public Brag? ProposedStatus { get; set; }

    [BindProperty]
    public bool ProposedCompleted { get; set; }

    [BindProperty]
    public int UpdatesSeen { get; set; }

    [BindProperty]
    public Brag? Status { get; set; }

    [BindProperty]
    public bool Completed { get; set; }

    [BindProperty]
    public string? Why { get; set; }

    /// <summary>The action's version the status form was read at, so a change made meanwhile is shown, not overwritten.</summary>
    [BindProperty]
    public uint? Version { get; set; }

    [TempData]
    public string? Message { get; set; }

    public ActionDetails? Details { get; private set; }

    public bool MayRecord => Details is not null && AccessRules.MayChangeAgencyRecord(user, Details.Action.AgencyId);

    public bool SeesAll => AccessRules.SeesAllAgencies(user);

    public bool MaySetStatus => user.IsInRole(Roles.BusinessTeam);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Details = await query.FindAsync(id, cancellationToken);
        if (Details is null)
        {
            return NotFound();
        }
        UpdatesSeen = Details.UpdatesRecorded;
        ReportedOn = DateInput.Of(UkTime.Today(time));
        Version = Details.Action.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!MaySetStatus)
        {
            return Forbid();
        }
        ModelState.Clear();
        var stale = false;
        try
        {
            var action = await changes.SetStatusAsync(id, Version, Status, Completed, Why, cancellationToken);
            if (action is null)
            {
                return NotFound();
            }
            Message = $"Status set to {BragNames.Describe(action.Status, action.Completed)}";
            return Redirect($"/recommendations/action/{id}");
        }
        catch (ValidationException invalid)
        {
            stale = invalid.Errors.ContainsKey("version");
            foreach (var (field, messages) in invalid.Errors)
            {
                // The conflict is about the whole form, so its message leads to the form's heading.
                Array.ForEach(messages, message => ModelState.AddModelError(field == "version" ? "set-status" : field, message));
            }
        }
        Details = await query.FindAsync(id, cancellationToken);
        if (Details is null)
        {
            return NotFound();
        }
        UpdatesSeen = Details.UpdatesRecorded;
        ReportedOn = DateInput.Of(UkTime.Today(time));
        if (stale)
        {
            // The page now shows the other person's change, so the next save is made knowing it.
            Version = Details.Action.Version;
        }
        ViewData.ListErrorsInOrder("set-status", "status", "why");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, List<IFormFile> evidence, CancellationToken cancellationToken)
    {
        // Model binding's own messages are replaced by the service's, which name the field in words.
        ModelState.Clear();
        var reportedOn = ReportedOn.Read(ModelState, nameof(ReportedOn), "The date of this update", "Enter the date of this update");
        if (ModelState.IsValid)
        {
            try
            {
                var update = await recorder.RecordAsync(id, new ProgressInput(Narrative, Impact, reportedOn, ProposedStatus, ProposedCompleted, UpdatesSeen), evidence, cancellationToken);
                if (update is null)
                {
                    return NotFound();
                }
                Message = $"Progress recorded with {update.Evidence.Count} evidence {(update.Evidence.Count == 1 ? "file" : "files")}. The business team will verify the {update.ProposedStatus} status you proposed.";
                return Redirect($"/recommendations/action/{id}");
            }
            catch (ValidationException invalid)
            {
                foreach (var (field, messages) in invalid.Errors)
                {
                    // The conflict is about the whole form; a date's message belongs to its day box.
                    var key = field switch { "version" => "", "reportedOn" => "ReportedOn.Day", _ => field };
                    messages.ToList().ForEach(message => ModelState.AddModelError(key, message));
                }
            }
        }
        Details = await query.FindAsync(id, cancellationToken);
        if (Details is null)
        {
            return NotFound();
        }
        // After a conflict the form counts the update it has now shown; what the person typed stays.
        UpdatesSeen = Details.UpdatesRecorded;
        Version = Details.Action.Version;
        ViewData["ErrorOrder"] = new[] { "", "narrative", nameof(ReportedOn), "proposedStatus", "impact", "evidence" };
        return Page();
    }
}
