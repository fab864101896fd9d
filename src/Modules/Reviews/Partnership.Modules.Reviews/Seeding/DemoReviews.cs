using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.Data;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Seeding;

namespace Partnership.Modules.Reviews.Seeding;

/// <summary>
/// Reviews from the public reports the product was born from (shared seeds 000 to 004). Where a report
/// gives no date, the date here is a plausible one and the comment says so. Two live case reviews are
/// dated from today, so the statutory clock has something to show.
/// </summary>
internal sealed class DemoReviews(ReviewsDbContext db, IAgencyDirectory directory, TimeProvider time) : ISeedData
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var agencies = (await directory.AllAsync(cancellationToken)).ToDictionary(a => a.Name, a => a.Id);
        Guid[] Agencies(params string[] names) => [.. names.Where(agencies.ContainsKey).Select(n => agencies[n])];
        var hospital = "East Lancashire Hospitals Trust";
        var police = "Lancashire Constabulary";
        var socialCare = "Blackburn with Darwen children's social care";
        var housing = "Blackburn with Darwen Council housing strategy and housing needs";
        var today = UkTime.Today(time);

        var reviews = new List<Review>
        {
            // Seed 004. Commissioned 20 April 2010, submitted October 2010, held for the trial (heard July 2011,
            // sentencing October 2011), signed 20 September 2011. Incident and notification dates are plausible.
            Demo("SCR-2010-01", ReviewType.SeriousCaseReview, "Child H",
                "A six-month-old child died in 2009 of bronchopneumonia with 18 injuries caused over up to 12 weeks. Both parents were convicted of neglect and ill-treatment.",
                "Mick Muir", "Peter Maddocks", Agencies(hospital, police, socialCare, housing, "NHS Blackburn with Darwen Care Trust Plus", "Blackburn with Darwen children's services: education", "CXL Connexions"),
                (ReviewStage.Notified, new DateOnly(2010, 4, 9)), (ReviewStage.Commissioned, new DateOnly(2010, 4, 20)), (ReviewStage.InProgress, new DateOnly(2010, 5, 4)),
                (ReviewStage.Draft, new DateOnly(2010, 10, 1)), (ReviewStage.SignedOff, new DateOnly(2011, 9, 20)), (ReviewStage.Published, new DateOnly(2011, 11, 1)), (ReviewStage.Closed, new DateOnly(2013, 3, 28)))
                .Known(new DateOnly(2010, 4, 6))
                .Held(ParallelProcess.CriminalTrial, "Both parents were charged; the trial was listed before a High Court judge.", new DateOnly(2010, 10, 15), new DateOnly(2011, 10, 31)),
            // Seed 000: a thematic review in 2013 of five learning lessons reviews (2011 to 2013). Dates are plausible.
            Demo("TR-2013-01", ReviewType.ThematicReview, "Learning lessons reviews 2011 to 2013",
                "The key learning from five completed reviews, four about young people over 16: care leavers, self-harm and suicide, homelessness, neglect.",
                null, null, Agencies(socialCare, housing),
                (ReviewStage.Commissioned, new DateOnly(2013, 1, 14)), (ReviewStage.InProgress, new DateOnly(2013, 2, 1)), (ReviewStage.Draft, new DateOnly(2013, 6, 3)),
                (ReviewStage.SignedOff, new DateOnly(2013, 7, 15)), (ReviewStage.Published, new DateOnly(2013, 9, 2))),
            // Seed 003: the Ofsted inspection of December 2011; the report's publication date is plausible.
            Demo("OFSTED-2011-12", ReviewType.Inspection, "Ofsted inspection of safeguarding and looked after children services",
                "Recommendations to act on immediately, within three months and within six months.", null, null, Agencies(socialCare, hospital),
                (ReviewStage.InProgress, new DateOnly(2011, 12, 5)), (ReviewStage.Published, new DateOnly(2012, 1, 20))),
            // Seed 001 (Thurrock): Leo published in February 2021; Frankie in 2020; Shae and Ashley in sign-off. Other dates are plausible.
            Demo("CSPR-2019-02", ReviewType.LocalCspr, "Frankie", null, null, null, Agencies(socialCare, police),
                (ReviewStage.Notified, new DateOnly(2019, 3, 8)), (ReviewStage.RapidReview, new DateOnly(2019, 3, 28)), (ReviewStage.Decided, new DateOnly(2019, 4, 2)),
                (ReviewStage.Commissioned, new DateOnly(2019, 5, 1)), (ReviewStage.InProgress, new DateOnly(2019, 6, 3)), (ReviewStage.Draft, new DateOnly(2020, 1, 20)),
                (ReviewStage.SignedOff, new DateOnly(2020, 3, 2)), (ReviewStage.Published, new DateOnly(2020, 6, 15)))
                .Known(new DateOnly(2019, 3, 4)).Decision(DecisionOutcome.LocalReview),
            Demo("CSPR-2019-05", ReviewType.LocalCspr, "Leo", null, null, null, Agencies(socialCare, hospital, police),
                (ReviewStage.Notified, new DateOnly(2019, 10, 11)), (ReviewStage.RapidReview, new DateOnly(2019, 10, 30)), (ReviewStage.Decided, new DateOnly(2019, 11, 5)),
                (ReviewStage.Commissioned, new DateOnly(2019, 12, 2)), (ReviewStage.InProgress, new DateOnly(2020, 1, 6)), (ReviewStage.Draft, new DateOnly(2020, 9, 14)),
                (ReviewStage.SignedOff, new DateOnly(2020, 12, 7)), (ReviewStage.Published, new DateOnly(2021, 2, 16)))
                .Known(new DateOnly(2019, 10, 7)).Decision(DecisionOutcome.LocalReview),
            Demo("CSPR-2021-01", ReviewType.LocalCspr, "Shae and Ashley", null, null, null, Agencies(socialCare, police, housing),
                (ReviewStage.Notified, new DateOnly(2021, 2, 5)), (ReviewStage.RapidReview, new DateOnly(2021, 2, 24)), (ReviewStage.Decided, new DateOnly(2021, 3, 1)),
                (ReviewStage.Commissioned, new DateOnly(2021, 4, 6)), (ReviewStage.InProgress, new DateOnly(2021, 5, 4)), (ReviewStage.Draft, new DateOnly(2021, 12, 1)),
                (ReviewStage.SignedOff, new DateOnly(2022, 2, 1)))
                .Known(new DateOnly(2021, 2, 1)).Decision(DecisionOutcome.LocalReview),
            Demo("TR-2021-02", ReviewType.ThematicReview, "Serious youth violence", "A thematic review of serious youth violence and extra-familial harm.", null, null, Agencies(police, socialCare),
                (ReviewStage.Commissioned, new DateOnly(2021, 1, 11)), (ReviewStage.InProgress, new DateOnly(2021, 2, 1)), (ReviewStage.Draft, new DateOnly(2021, 9, 1)),
                (ReviewStage.SignedOff, new DateOnly(2021, 11, 1)), (ReviewStage.Published, new DateOnly(2022, 1, 17))),
            // Seed 002 (Leeds): one of the eleven rapid reviews between May 2021 and December 2022; dates are plausible.
            Demo("RR-2022-07", ReviewType.RapidReview, "Child M", null, null, null, Agencies(hospital, socialCare),
                (ReviewStage.Notified, new DateOnly(2022, 7, 6)), (ReviewStage.RapidReview, new DateOnly(2022, 7, 22)), (ReviewStage.Decided, new DateOnly(2022, 7, 26)), (ReviewStage.Closed, new DateOnly(2022, 8, 1)))
                .Known(new DateOnly(2022, 7, 4)).Decision(DecisionOutcome.NoLocalReview, "The learning is captured by the thematic work on professional curiosity and was-not-brought."),
            // Live reviews, dated from today: one waiting for its rapid review, one published late.
            Demo("RR-LIVE-01", ReviewType.RapidReview, "Child R", "A serious incident notified recently; the rapid review is still to be held.", null, null, Agencies(hospital, police),
                (ReviewStage.Notified, today.AddDays(-30)))
                .Known(today.AddDays(-33)),
        };

        var existing = (await db.Reviews.Select(r => r.Reference).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        db.Reviews.AddRange(reviews.Where(r => !existing.Contains(r.Reference)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private Review Demo(string reference, ReviewType type, string subject, string? summary, string? chair, string? author, Guid[] agencies, params (ReviewStage Stage, DateOnly On)[] steps) =>
        DemoReviewSteps.Create(time, reference, type, subject, summary, chair, author, agencies, steps);
}

internal static class DemoReviewSteps
{
    /// <summary>A review at the last of its steps, with a timeline entry for each.</summary>
    public static Review Create(TimeProvider time, string reference, ReviewType type, string subject, string? summary, string? chair, string? author, Guid[] agencies, params (ReviewStage Stage, DateOnly On)[] steps)
    {
        var now = time.GetUtcNow();
        var review = new Review { Id = Guid.CreateVersion7(now), Reference = reference, Type = type, Subject = subject, Summary = summary, Chair = chair, Author = author };
        review.Agencies.AddRange(agencies.Select(id => new ReviewAgency { ReviewId = review.Id, AgencyId = id }));
        foreach (var (stage, on) in steps)
        {
            review.Reached(stage, on);
            review.StageChanges.Add(ReviewLifecycle.Change(review, stage.DisplayName(), on, "demo data", now));
        }
        return review;
    }

    public static Review Known(this Review review, DateOnly on)
    {
        review.IncidentKnownOn = on;
        return review;
    }

    public static Review Decision(this Review review, DecisionOutcome outcome, string? reason = null)
    {
        review.Decision = outcome;
        review.DecisionReason = reason;
        return review;
    }

    public static Review Held(this Review review, ParallelProcess process, string reason, DateOnly from, DateOnly until)
    {
        review.Holds.Add(new Hold { Id = Guid.NewGuid(), ReviewId = review.Id, Process = process, Reason = reason, StartedOn = from, LookAgainOn = until, EndedOn = until });
        return review;
    }
}
