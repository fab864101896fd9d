using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Recommendations.Data;
using Partnership.Modules.Recommendations.Plans;
using Partnership.Modules.Reviews.Contracts;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Recommendations.AddToPlan;

/// <summary>The business team builds a plan: a source, its recommendations, their key actions.</summary>
internal sealed class PlanBuilder(RecommendationsDbContext db, IReviewCatalogue reviews, IAgencyDirectory agencies, TimeProvider time)
{
    public async Task<Source> AddSourceAsync(NewSource input, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        string reference = input.Reference?.Trim() ?? "", title = input.Title?.Trim() ?? "";
        var date = input.SourceDate;
        if (input.Kind is null)
        {
            errors.Add("kind", "Select where the recommendations come from");
        }
        else if (input.Kind == SourceKind.Review)
        {
            var review = input.ReviewId is { } id ? await reviews.FindAsync(id, cancellationToken) : null;
            if (review is null)
            {
                errors.Add("reviewId", "Choose a review from the register");
            }
            else
            {
                // Kept as shown when chosen, so the plan reads the same if the register is reworded.
                reference = review.Reference;
                title = review.Subject;
                date ??= review.SourceDate;
            }
        }
        if (input.Kind is not null and not SourceKind.Review)
        {
            if (reference.Length == 0)
            {
                errors.Add("reference", "Enter the source's reference");
            }
            if (title.Length == 0)
            {
                errors.Add("title", "Enter the source's title");
            }
        }
        if (reference.Length > 40)
        {
            errors.Add("reference", "The reference must be 40 characters or fewer");
        }
        if (title.Length > 200)
        {
            errors.Add("title", "The title must be 200 characters or fewer");
        }
        if (date is null && input.Kind is not null)
        {
            errors.Add("sourceDate", "Enter the date the source's timescales count from");
        }
        if (reference.Length > 0 && await db.Sources.AnyAsync(s => s.Reference == reference, cancellationToken))
        {
            errors.Add("reference", $"There is already a plan for {reference}");
        }
        errors.ThrowIfAny();

        var source = new Source
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            Kind = input.Kind!.Value,
            ReviewId = input.Kind == SourceKind.Review ? input.ReviewId : null,
            Reference = reference,
            Title = title,
            SourceDate = date!.Value,
        };
        db.Sources.Add(source);
        await db.SaveChangesAsync(cancellationToken);
        return source;
    }

    public async Task<Recommendation?> AddRecommendationAsync(Guid sourceId, NewRecommendation input, CancellationToken cancellationToken)
    {
        var source = await db.Sources.SingleOrDefaultAsync(s => s.Id == sourceId, cancellationToken);
        if (source is null)
        {
            return null;
        }
        var errors = new ValidationErrors();
        var number = input.Number?.Trim() ?? "";
        var text = input.Text?.Trim() ?? "";
        if (number.Length is 0 or > 20)
        {
            errors.Add("number", "Enter the recommendation's number, 20 characters or fewer");
        }
        if (text.Length == 0)
        {
            errors.Add("text", "Enter the recommendation");
        }
        else if (text.Length > 4000)
        {
            errors.Add("text", "The recommendation must be 4000 characters or fewer");
        }
        DateOnly? due = null;
        if (input.Timescale is not { } timescale)
        {
            errors.Add("timescale", "Select the recommendation's timescale");
        }
        else
        {
            due = Timescales.DueOn(timescale, input.TimescaleMonths, input.TimescaleDate, source.SourceDate);
            if (timescale == Timescale.WithinMonths && input.TimescaleMonths is not (> 0 and <= 120))
            {
                errors.Add("timescaleMonths", "Enter the number of months, from 1 to 120");
            }
            else if (timescale == Timescale.ByDate && input.TimescaleDate is null)
            {
                errors.Add("timescaleDate", "Enter the date the recommendation is due");
            }
            else if (due < source.SourceDate)
            {
                errors.Add("timescaleDate", $"The due date cannot be before the source's date, {SharedKernel.Calendar.UkTime.Date(source.SourceDate)}");
            }
        }
        errors.ThrowIfAny();

        var recommendation = new Recommendation
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            SourceId = source.Id,
            Number = number,
            Text = text,
            MultiAgency = input.MultiAgency,
            Timescale = input.Timescale!.Value,
            TimescaleMonths = input.Timescale == Timescale.WithinMonths ? input.TimescaleMonths : null,
            TimescaleDate = input.Timescale == Timescale.ByDate ? input.TimescaleDate : null,
            DueOn = due!.Value,
        };
        db.Recommendations.Add(recommendation);
        await db.SaveChangesAsync(cancellationToken);
        return recommendation;
    }

    public async Task<KeyAction?> AddActionAsync(Guid recommendationId, ActionDefinition input, CancellationToken cancellationToken)
    {
        var recommendation = await db.Recommendations.SingleOrDefaultAsync(r => r.Id == recommendationId, cancellationToken);
        if (recommendation is null)
        {
            return null;
        }
        var source = await db.Sources.SingleAsync(s => s.Id == recommendation.SourceId, cancellationToken);
        var checkedInput = await ActionRules.CheckAsync(input, source, agencies, cancellationToken);
        var number = await db.KeyActions.IgnoreQueryFilters().CountAsync(a => a.RecommendationId == recommendation.Id, cancellationToken) + 1;
        var action = new KeyAction
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            RecommendationId = recommendation.Id,
            SourceId = source.Id,
            Number = number,
            Description = checkedInput.Description,
            AgencyId = checkedInput.LeadAgencyId,
            LeadOfficer = checkedInput.LeadOfficer,
            LeadOfficerRole = checkedInput.LeadOfficerRole,
            Evidence = checkedInput.Evidence,
            ExpectedOutcome = checkedInput.ExpectedOutcome,
            DueOn = input.DueOn ?? recommendation.DueOn,
            Status = Brag.Red,
        };
        db.KeyActions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        return action;
    }
}
