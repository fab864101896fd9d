using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Recommendations.Data;
using Partnership.SharedKernel.Reporting;

namespace Partnership.Modules.Recommendations.Reporting;

/// <summary>The lead agencies' progress updates, without their files; an agency's users see only their own agency's.</summary>
internal sealed class ProgressUpdatesReportingSet : ReportingSet<ProgressUpdateRow>
{
    public override string Name => "ProgressUpdates";

    public override string Description => "The lead agencies' progress updates on key actions, with the status each proposed and how the business team answered: one row per update, without the evidence files; an agency's users see only their own agency's updates.";

    public override ReportingAccess Access => ReportingAccess.OwnedByAgency();

    public override IReadOnlyList<ReportingNavigation> Navigations =>
    [
        ReportingNavigation.One("Action", "Actions", nameof(ProgressUpdateRow.ActionId), nameof(ActionRow.ActionId)),
    ];

    public override IQueryable<ProgressUpdateRow> Rows(IServiceProvider services) =>
        services.GetRequiredService<RecommendationsDbContext>().ProgressUpdates.AsNoTracking().Select(u => new ProgressUpdateRow
        {
            UpdateId = u.Id,
            ActionId = u.KeyActionId,
            AgencyId = u.AgencyId,
            Sequence = u.Sequence,
            Narrative = u.Narrative,
            Impact = u.Impact,
            ReportedOn = u.ReportedOn,
            ProposedStatus = u.ProposedStatus.ToString(),
            ProposedCompleted = u.ProposedCompleted,
            State = u.State.ToString(),
            VerifierComment = u.VerifierComment,
            VerifiedBy = u.VerifiedBy,
            VerifiedAt = u.VerifiedAt,
            RecordedBy = u.RecordedBy,
            RecordedAt = u.RecordedAt,
            EvidenceFiles = u.Evidence.Count,
        });
}
