using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Recommendations.Data;
using Partnership.SharedKernel.Reporting;

namespace Partnership.Modules.Recommendations.Reporting;

/// <summary>Every confirmed status change of every key action; an agency's users see the history of the actions their agency leads.</summary>
internal sealed class ActionStatusHistoryReportingSet : ReportingSet<StatusChangeRow>
{
    public override string Name => "ActionStatusHistory";

    public override string Description => "Every confirmed BRAG status change of every key action, with who made it, when and why: one row per change; an agency's users see the history of the actions their agency leads.";

    public override ReportingAccess Access => ReportingAccess.OwnedByAgency(nameof(StatusChangeRow.LeadAgencyId));

    public override IReadOnlyList<ReportingNavigation> Navigations =>
    [
        ReportingNavigation.One("Action", "Actions", nameof(StatusChangeRow.ActionId), nameof(ActionRow.ActionId)),
    ];

    public override IQueryable<StatusChangeRow> Rows(IServiceProvider services)
    {
        var db = services.GetRequiredService<RecommendationsDbContext>();
        return db.StatusChanges.AsNoTracking().Join(db.KeyActions.AsNoTracking(), c => c.KeyActionId, a => a.Id, (c, a) => new StatusChangeRow
        {
            ChangeId = c.Id,
            ActionId = c.KeyActionId,
            LeadAgencyId = a.AgencyId,
            FromStatus = c.From.HasValue ? c.From.Value.ToString() : null,
            ToStatus = c.To.ToString(),
            IsCompleted = c.Completed,
            Why = c.Why,
            ProgressUpdateId = c.ProgressUpdateId,
            ChangedBy = c.ChangedBy,
            ChangedAt = c.ChangedAt,
        });
    }
}
