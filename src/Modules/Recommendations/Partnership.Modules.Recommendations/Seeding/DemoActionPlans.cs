using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Recommendations.Data;
using Partnership.Modules.Recommendations.Plans;
using Partnership.Modules.Reviews.Contracts;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Seeding;

namespace Partnership.Modules.Recommendations.Seeding;

/// <summary>
/// The demo's action plans (seeds 001, 003 and 004), each linked to its review in the register when the
/// register has it. Runs after the demo reviews (order 10) and leaves a plan that exists alone.
/// </summary>
internal sealed class DemoActionPlans(RecommendationsDbContext db, IAgencyDirectory directory, IReviewCatalogue reviews, TimeProvider time) : ISeedData
{
    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var agencies = (await directory.AllAsync(cancellationToken)).ToDictionary(a => a.Name, a => a.Id);
        var register = (await reviews.ListAsync(cancellationToken)).ToDictionary(r => r.Reference, StringComparer.OrdinalIgnoreCase);
        var existing = (await db.Sources.Select(s => s.Reference).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var plan in new[] { ChildHPlan.Plan, ThurrockPlans.SamAndKyle, ThurrockPlans.Frankie, ThurrockPlans.Leo, OfstedPlan.Plan })
        {
            if (existing.Contains(plan.Reference) || plan.Recommendations.SelectMany(r => r.Actions).Any(a => !agencies.ContainsKey(a.Agency)))
            {
                continue;
            }
            Add(plan, register.GetValueOrDefault(plan.Reference)?.Id, agencies);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Add(DemoPlan plan, Guid? reviewId, Dictionary<string, Guid> agencies)
    {
        var now = time.GetUtcNow();
        var source = new Source
        {
            Id = Guid.CreateVersion7(now),
            Kind = plan.Kind,
            ReviewId = reviewId,
            Reference = plan.Reference,
            Title = plan.Title,
            SourceDate = plan.SourceDate,
        };
        db.Sources.Add(source);
        foreach (var item in plan.Recommendations)
        {
            var recommendation = new Recommendation
            {
                Id = Guid.CreateVersion7(now),
                SourceId = source.Id,
                Number = item.Number,
                Text = item.Text,
                MultiAgency = item.MultiAgency,
                Timescale = item.Timescale,
                TimescaleMonths = item.Months,
                TimescaleDate = item.By,
                DueOn = Timescales.DueOn(item.Timescale, item.Months, item.By, plan.SourceDate)!.Value,
            };
            db.Recommendations.Add(recommendation);
            var number = 0;
            foreach (var demo in item.Actions)
            {
                var action = new KeyAction
                {
                    Id = Guid.CreateVersion7(now),
                    RecommendationId = recommendation.Id,
                    SourceId = source.Id,
                    Number = ++number,
                    Description = demo.Description,
                    AgencyId = agencies[demo.Agency],
                    LeadOfficer = demo.LeadOfficer,
                    Evidence = demo.Evidence,
                    ExpectedOutcome = demo.Outcome,
                    DueOn = demo.DueOn ?? recommendation.DueOn,
                    Status = demo.Status,
                    Completed = demo.Completed,
                };
                action.History.Add(new StatusChange
                {
                    Id = Guid.CreateVersion7(now),
                    KeyActionId = action.Id,
                    To = demo.Status,
                    Completed = demo.Completed,
                    Why = "The status the partnership last reported, brought in with the demo data.",
                    ChangedBy = "demo data",
                    ChangedAt = now,
                });
                db.KeyActions.Add(action);
            }
        }
    }
}
