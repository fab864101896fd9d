using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.Data;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Seeding;

namespace Partnership.Modules.Reviews.Seeding;

/// <summary>
/// Seed 002: between 1 May 2021 and 31 December 2022 Leeds undertook 11 rapid reviews, 4 child safeguarding
/// practice reviews and 3 local learning reviews. The seed gives their common themes, not the reviews, so
/// every subject, date and agency here is plausible, not reported. A practice review carries its own rapid
/// review: the 11 rapid reviews are the 7 rapid review records (RR-2022-07, Child M, is in DemoReviews) and
/// the rapid reviews of the 4 practice reviews. The demo partnership's agencies stand in for Leeds'.
/// </summary>
internal sealed class DemoLeedsReviews(ReviewsDbContext db, IAgencyDirectory directory, TimeProvider time) : ISeedData
{
    public int Order => 11;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var agencies = (await directory.AllAsync(cancellationToken)).ToDictionary(a => a.Name, a => a.Id);
        Guid[] Agencies(params string[] names) => [.. names.Where(agencies.ContainsKey).Select(n => agencies[n])];
        const string hospital = "East Lancashire Hospitals Trust";
        const string police = "Lancashire Constabulary";
        const string socialCare = "Blackburn with Darwen children's social care";
        const string housing = "Blackburn with Darwen Council housing strategy and housing needs";
        const string health = "NHS Blackburn with Darwen Care Trust Plus";
        const string education = "Blackburn with Darwen children's services: education";

        var reviews = new List<Review>
        {
            RapidReview("RR-2021-05", "Child B", Agencies(hospital, health, socialCare), new DateOnly(2021, 5, 12)),
            RapidReview("RR-2021-08", "Child C", Agencies(police, socialCare, education), new DateOnly(2021, 8, 16)),
            RapidReview("RR-2021-11", "Child D", Agencies(health, socialCare), new DateOnly(2021, 11, 3)),
            RapidReview("RR-2022-02", "Child E", Agencies(police, hospital, socialCare), new DateOnly(2022, 2, 9)),
            RapidReview("RR-2022-04", "Child F", Agencies(hospital, health), new DateOnly(2022, 4, 20)),
            RapidReview("RR-2022-10", "Child G", Agencies(police, socialCare, housing), new DateOnly(2022, 10, 5)),
            CaseReview("CSPR-2021-06", ReviewType.LocalCspr, "Child J", Agencies(socialCare, police, health, education), new DateOnly(2021, 6, 7), 7),
            CaseReview("CSPR-2021-09", ReviewType.LocalCspr, "Child K", Agencies(police, hospital, socialCare, housing), new DateOnly(2021, 9, 13), 7),
            CaseReview("CSPR-2022-01", ReviewType.LocalCspr, "Child L", Agencies(health, socialCare, education), new DateOnly(2022, 1, 17), 6),
            CaseReview("CSPR-2022-06", ReviewType.LocalCspr, "Child N", Agencies(hospital, health, socialCare), new DateOnly(2022, 6, 8), 4),
            CaseReview("LLR-2021-07", ReviewType.LocalLearningReview, "Child O", Agencies(socialCare, education), new DateOnly(2021, 7, 5), 7),
            CaseReview("LLR-2022-03", ReviewType.LocalLearningReview, "Child P", Agencies(hospital, police), new DateOnly(2022, 3, 14), 7),
            CaseReview("LLR-2022-09", ReviewType.LocalLearningReview, "Child S", Agencies(health, socialCare, housing), new DateOnly(2022, 9, 19), 6),
        };

        var existing = (await db.Reviews.Select(r => r.Reference).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        db.Reviews.AddRange(reviews.Where(r => !existing.Contains(r.Reference)));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A rapid review that found its learning without a local review, closed a month after notification.</summary>
    private Review RapidReview(string reference, string subject, Guid[] agencies, DateOnly notified) =>
        DemoReviewSteps.Create(time, reference, ReviewType.RapidReview, subject, null, null, null, agencies,
                (ReviewStage.Notified, notified), (ReviewStage.RapidReview, notified.AddDays(16)), (ReviewStage.Decided, notified.AddDays(20)), (ReviewStage.Closed, notified.AddDays(30)))
            .Known(notified.AddDays(-3))
            .Decision(DecisionOutcome.NoLocalReview, "The learning is taken forward through the partnership's learning from reviews programme.");

    /// <summary>A practice or local learning review taken through its first <paramref name="stages"/> stages, about a year end to end.</summary>
    private Review CaseReview(string reference, ReviewType type, string subject, Guid[] agencies, DateOnly notified, int stages)
    {
        (ReviewStage, DateOnly)[] steps =
        [
            (ReviewStage.Notified, notified), (ReviewStage.RapidReview, notified.AddDays(18)), (ReviewStage.Decided, notified.AddDays(22)),
            (ReviewStage.Commissioned, notified.AddDays(56)), (ReviewStage.InProgress, notified.AddDays(84)), (ReviewStage.Draft, notified.AddDays(240)),
            (ReviewStage.SignedOff, notified.AddDays(300)), (ReviewStage.Published, notified.AddDays(360)),
        ];
        return DemoReviewSteps.Create(time, reference, type, subject, null, null, null, agencies, steps[..(stages + 1)])
            .Known(notified.AddDays(-4))
            .Decision(DecisionOutcome.LocalReview);
    }
}
