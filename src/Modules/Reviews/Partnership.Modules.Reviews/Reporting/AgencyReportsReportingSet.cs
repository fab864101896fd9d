using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Reviews.AgencyReports;
using Partnership.Modules.Reviews.Data;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Reporting;

namespace Partnership.Modules.Reviews.Reporting;

/// <summary>The agencies' reports to reviews: each belongs to its agency, whose users see only their own.</summary>
internal sealed class AgencyReportsReportingSet : ReportingSet<AgencyReportRow>
{
    public override string Name => "AgencyReports";

    public override string Description => "The reports agencies owe reviews (individual management reviews, agency summaries): one row per report, an agency's users seeing only their own agency's.";

    public override ReportingAccess Access => ReportingAccess.OwnedByAgency(nameof(AgencyReportRow.AgencyId));

    public override IReadOnlyList<ReportingNavigation> Navigations =>
    [
        ReportingNavigation.One("Review", "Reviews", nameof(AgencyReportRow.ReviewId), nameof(ReviewRow.ReviewId)),
    ];

    public override IQueryable<AgencyReportRow> Rows(IServiceProvider services)
    {
        var today = UkTime.Today(services.GetRequiredService<TimeProvider>());
        return services.GetRequiredService<ReviewsDbContext>().Set<AgencyReport>().AsNoTracking().Select(r => new AgencyReportRow
        {
            AgencyReportId = r.Id,
            ReviewId = r.ReviewId,
            AgencyId = r.AgencyId,
            Kind = r.Kind.ToString(),
            State = r.State.ToString(),
            RequestedOn = r.RequestedOn,
            DueOn = r.DueOn,
            SubmittedOn = r.SubmittedOn,
            AcceptedOn = r.AcceptedOn,
            IsLate = (r.State == AgencyReportState.Requested || r.State == AgencyReportState.ChangesRequested) && r.DueOn < today,
        });
    }
}
