using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.Contracts;
using Partnership.Modules.Reviews.Data;
using Partnership.Modules.Reviews.Register;

namespace Partnership.Modules.Reviews.Catalogue;

/// <summary>Answers other modules from the register, through the same visibility as the screens.</summary>
internal sealed class ReviewCatalogue(ReviewsDbContext db) : IReviewCatalogue
{
    public Task<ReviewSummary?> FindAsync(Guid reviewId, CancellationToken cancellationToken) =>
        Summaries(db.VisibleReviews().Where(r => r.Id == reviewId)).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ReviewSummary>> ListAsync(CancellationToken cancellationToken) =>
        await Summaries(db.VisibleReviews().OrderBy(r => r.Reference)).ToListAsync(cancellationToken);

    private static IQueryable<ReviewSummary> Summaries(IQueryable<Review> reviews) =>
        reviews.AsNoTracking().Select(r => new ReviewSummary(
            r.Id, r.Reference, r.Subject, r.Type.ToString(), r.NotifiedOn, r.DecidedOn, r.SignedOffOn, r.PublishedOn, r.ClosedOn));
}
