using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Reviews.Data;
using Partnership.SharedKernel.Reporting;

namespace Partnership.Modules.Reviews.Reporting;

/// <summary>The review register for Power BI: one row per review, the reviews the reader may see.</summary>
internal sealed class ReviewsReportingSet : ReportingSet<ReviewRow>
{
    public override string Name => "Reviews";

    public override string Description => "The review register: one row per review, with the dates its statutory clock counts from and where it has got to.";

    public override IReadOnlyList<ReportingNavigation> Navigations =>
    [
        ReportingNavigation.Many("ReviewThemes", "ReviewThemes", nameof(ReviewRow.ReviewId), nameof(ReviewThemeRow.ReviewId)),
        ReportingNavigation.Many("AgencyReports", "AgencyReports", nameof(ReviewRow.ReviewId), nameof(AgencyReportRow.ReviewId)),
        ReportingNavigation.Many("LearningItems", "LearningItems", nameof(ReviewRow.ReviewId), nameof(LearningItemRow.ReviewId)),
        ReportingNavigation.Many("Deadlines", "ReviewDeadlines", nameof(ReviewRow.ReviewId), nameof(ReviewDeadlineRow.ReviewId)),
    ];

    public override IQueryable<ReviewRow> Rows(IServiceProvider services) =>
        services.GetRequiredService<ReviewsDbContext>().VisibleReviews().AsNoTracking().Select(r => new ReviewRow
        {
            ReviewId = r.Id,
            Reference = r.Reference,
            Type = r.Type.ToString(),
            Subject = r.Subject,
            Summary = r.Summary,
            Stage = r.Stage.ToString(),
            Chair = r.Chair,
            Author = r.Author,
            IncidentKnownOn = r.IncidentKnownOn,
            NotifiedOn = r.NotifiedOn,
            RapidReviewOn = r.RapidReviewOn,
            DecidedOn = r.DecidedOn,
            Decision = r.Decision == null ? null : r.Decision.ToString(),
            DecisionReason = r.DecisionReason,
            CommissionedOn = r.CommissionedOn,
            StartedOn = r.StartedOn,
            DraftOn = r.DraftOn,
            SignedOffOn = r.SignedOffOn,
            PublishedOn = r.PublishedOn,
            ClosedOn = r.ClosedOn,
            IsHeld = r.Holds.Any(h => h.EndedOn == null),
        });
}
