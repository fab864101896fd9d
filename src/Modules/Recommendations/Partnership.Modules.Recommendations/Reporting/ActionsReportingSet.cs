using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Recommendations.Data;
using Partnership.Modules.Recommendations.Plans;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Reporting;

namespace Partnership.Modules.Recommendations.Reporting;

/// <summary>The key actions of the action plans: each belongs to its lead agency, whose users see only their own.</summary>
internal sealed class ActionsReportingSet : ReportingSet<ActionRow>
{
    public override string Name => "Actions";

    public override string Description => "The key actions of the action plans: one row per action, with its confirmed BRAG status and whether it is overdue; an agency's users see only the actions their agency leads.";

    public override ReportingAccess Access => ReportingAccess.OwnedByAgency(nameof(ActionRow.LeadAgencyId));

    public override IReadOnlyList<ReportingNavigation> Navigations =>
    [
        ReportingNavigation.One("Recommendation", "Recommendations", nameof(ActionRow.RecommendationId), nameof(RecommendationRow.RecommendationId)),
        ReportingNavigation.Many("StatusHistory", "ActionStatusHistory", nameof(ActionRow.ActionId), nameof(StatusChangeRow.ActionId)),
        ReportingNavigation.Many("ProgressUpdates", "ProgressUpdates", nameof(ActionRow.ActionId), nameof(ProgressUpdateRow.ActionId)),
    ];

    public override IQueryable<ActionRow> Rows(IServiceProvider services)
    {
        var today = UkTime.Today(services.GetRequiredService<TimeProvider>());
        return services.GetRequiredService<RecommendationsDbContext>().KeyActions.AsNoTracking().Select(a => new ActionRow
        {
            ActionId = a.Id,
            RecommendationId = a.RecommendationId,
            SourceId = a.SourceId,
            Number = a.Number,
            Description = a.Description,
            LeadAgencyId = a.AgencyId,
            LeadOfficer = a.LeadOfficer,
            LeadOfficerRole = a.LeadOfficerRole,
            DueOn = a.DueOn,
            ConfirmedStatus = a.Status.ToString(),
            IsCompleted = a.Completed,
            IsOverdue = a.DueOn < today && a.Status != Brag.Blue && !(a.Status == Brag.Green && a.Completed),
        });
    }
}
