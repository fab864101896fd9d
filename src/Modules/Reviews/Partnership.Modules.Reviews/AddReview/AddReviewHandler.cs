using Partnership.SharedKernel.Data;
using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.Data;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.Panel;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.AddReview;

/// <summary>Opens a review in the register at the first stage its type has.</summary>
internal sealed class AddReviewHandler(ReviewsDbContext db, IAgencyDirectory agencies, TimeProvider time)
{
    public async Task<Review> AddAsync(NewReview input, CancellationToken cancellationToken)
    {
        var today = UkTime.Today(time);
        var errors = new ValidationErrors();
        var reference = input.Reference?.Trim() ?? "";
        if (reference.Length == 0)
        {
            errors.Add("reference", "Enter the review's reference");
        }
        else if (reference.Length > 40)
        {
            errors.Add("reference", "The reference must be 40 characters or fewer");
        }
        else if (await db.Reviews.AnyAsync(r => EF.Functions.ILike(r.Reference, LikePatterns.Literal(reference), "\\"), cancellationToken))
        {
            errors.Add("reference", $"A review with the reference {reference} already exists");
        }
        if (input.Type is null)
        {
            errors.Add("type", "Select the type of review");
        }
        var subject = input.Subject?.Trim() ?? "";
        if (subject.Length == 0)
        {
            errors.Add("subject", "Enter the name the review is published under, for example Child H");
        }
        else if (subject.Length > 200)
        {
            errors.Add("subject", "The subject must be 200 characters or fewer");
        }
        if (input.Summary?.Length > 4000)
        {
            errors.Add("summary", "The summary must be 4000 characters or fewer");
        }
        if (input.Type is { } type)
        {
            CheckOpeningDates(type, input, today, errors);
        }
        var known = (await agencies.AllAsync(cancellationToken)).Select(a => a.Id).ToHashSet();
        if (input.AgencyIds?.Any(id => !known.Contains(id)) == true)
        {
            errors.Add("agencyIds", "Choose agencies from the list");
        }
        errors.ThrowIfAny();

        var now = time.GetUtcNow();
        var review = new Review
        {
            Id = Guid.CreateVersion7(now),
            Reference = reference,
            Type = input.Type!.Value,
            Subject = subject,
            Summary = string.IsNullOrWhiteSpace(input.Summary) ? null : input.Summary.Trim(),
            Chair = string.IsNullOrWhiteSpace(input.Chair) ? null : input.Chair.Trim(),
            Author = string.IsNullOrWhiteSpace(input.Author) ? null : input.Author.Trim(),
            Stage = ReviewLifecycle.FirstStage(input.Type!.Value),
            IncidentKnownOn = input.IncidentKnownOn,
            NotifiedOn = input.NotifiedOn,
            CommissionedOn = input.CommissionedOn,
            StartedOn = input.StartedOn,
        };
        review.Agencies.AddRange((input.AgencyIds ?? []).Distinct().Select(id => new ReviewAgency { ReviewId = review.Id, AgencyId = id }));
        var openedOn = input.NotifiedOn ?? input.CommissionedOn ?? input.StartedOn ?? today;
        review.StageChanges.Add(ReviewLifecycle.Change(review, review.Stage.DisplayName(), openedOn, db.User.Email ?? "system", now));
        db.Reviews.Add(review);
        // The chair and author named here are the first members of the panel, which keeps them from then on.
        foreach (var (name, role) in new[] { (review.Chair, PanelRole.Chair), (review.Author, PanelRole.Author) })
        {
            if (name is not null)
            {
                db.Set<PanelMember>().Add(PanelChanges.Member(review, name, null, null, role, today, db.User.Email ?? "system"));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return review;
    }

    private static void CheckOpeningDates(ReviewType type, NewReview input, DateOnly today, ValidationErrors errors)
    {
        if (type.IsCaseReview())
        {
            if (input.IncidentKnownOn is null)
            {
                errors.Add("incidentKnownOn", "Enter the date the local authority became aware of the incident");
            }
            if (input.NotifiedOn is null)
            {
                errors.Add("notifiedOn", "Enter the date the national panel was notified");
            }
            else if (input.IncidentKnownOn is { } known && input.NotifiedOn < known)
            {
                errors.Add("notifiedOn", "The notification cannot be before the incident became known");
            }
        }
        else if (type == ReviewType.Inspection && input.StartedOn is null)
        {
            errors.Add("startedOn", "Enter the date the inspection started");
        }
        else if (type != ReviewType.Inspection && input.CommissionedOn is null)
        {
            errors.Add("commissionedOn", "Enter the date the review was commissioned");
        }
        foreach (var (field, date) in new[] { ("incidentKnownOn", input.IncidentKnownOn), ("notifiedOn", input.NotifiedOn), ("commissionedOn", input.CommissionedOn), ("startedOn", input.StartedOn) })
        {
            if (date > today)
            {
                errors.Add(field, "The date cannot be in the future");
            }
        }
    }
}
