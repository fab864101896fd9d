using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.Data;
using Partnership.Modules.Reviews.Lifecycle;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Events;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.MoveReview;

/// <summary>Moves a review on, holds it and resumes it, refusing a stale copy.</summary>
internal sealed class ReviewChanges(ReviewsDbContext db, TimeProvider time)
{
    public Task<Review?> MoveAsync(Guid id, uint? version, ReviewStage to, DateOnly? on, DecisionOutcome? decision, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, on, review =>
        {
            ReviewLifecycle.Move(review, to, on!.Value, decision, reason, Today, Actor, time.GetUtcNow());
            return ReviewEvents.Reached(review, to, time.GetUtcNow());
        }, cancellationToken);

    public Task<Review?> HoldAsync(Guid id, uint? version, ParallelProcess? process, string? reason, DateOnly? lookAgainOn, DateOnly? on, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, on, review =>
        {
            ReviewLifecycle.PlaceOnHold(review, process, reason, lookAgainOn, on!.Value, Today, Actor, time.GetUtcNow());
            return ReviewEvents.Held(review, review.CurrentHold!, time.GetUtcNow());
        }, cancellationToken);

    public Task<Review?> ResumeAsync(Guid id, uint? version, DateOnly? on, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, on, review =>
        {
            ReviewLifecycle.Resume(review, on!.Value, Today, Actor, time.GetUtcNow());
            return ReviewEvents.Resumed(review, on!.Value, time.GetUtcNow());
        }, cancellationToken);

    private DateOnly Today => UkTime.Today(time);

    private string Actor => db.User.Email ?? "system";

    // The change returns the event it causes, published with it in the same transaction.
    private async Task<Review?> ChangeAsync(Guid id, uint? version, DateOnly? on, Func<Review, IntegrationEvent?> change, CancellationToken cancellationToken)
    {
        var review = await db.VisibleReviews()
            .Include(r => r.Holds)
            .Include(r => r.StageChanges)
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (review is null)
        {
            return null;
        }
        if (on is null)
        {
            throw new ValidationException("on", "Enter the date it happened");
        }
        if (version is { } expected && expected != review.Version)
        {
            throw new ValidationException("version", StaleMessage);
        }
        if (change(review) is { } happened)
        {
            db.Publish(happened);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ValidationException("version", StaleMessage);
        }
        return review;
    }

    private const string StaleMessage = "Someone else changed this review after you opened it. Reload the page to see their change, then try again.";
}
