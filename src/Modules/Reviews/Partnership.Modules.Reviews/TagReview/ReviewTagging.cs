using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.Data;
using Partnership.Modules.Reviews.Themes;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.TagReview;

/// <summary>The themes a review is tagged with. A retired theme stays where it is but cannot be added again.</summary>
internal sealed class ReviewTagging(ReviewsDbContext db)
{
    public const string StaleMessage = "Someone else changed this review after you opened it. Reload the page to see their change, then try again.";

    /// <summary>The review's themes, or null when the review does not exist or the user may not read it.</summary>
    public async Task<ReviewThemes?> FindAsync(Guid reviewId, CancellationToken cancellationToken)
    {
        var review = await db.VisibleReviews().AsNoTracking().Where(r => r.Id == reviewId)
            .Select(r => new { r.Id, r.Reference, r.Subject, r.Version })
            .SingleOrDefaultAsync(cancellationToken);
        if (review is null)
        {
            return null;
        }
        var themes = await (from tag in db.ReviewThemes
                            join theme in db.Themes on tag.ThemeId equals theme.Id
                            where tag.ReviewId == reviewId
                            orderby theme.Name
                            select theme).AsNoTracking().ToListAsync(cancellationToken);
        return new ReviewThemes(review.Id, review.Reference, review.Subject, review.Version, themes);
    }

    /// <summary>Replaces the review's themes; null when the review is not there for this user.</summary>
    public async Task<ReviewThemes?> TagAsync(Guid reviewId, IReadOnlyCollection<Guid>? themeIds, uint? version, CancellationToken cancellationToken)
    {
        var review = await db.VisibleReviews().SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
        if (review is null)
        {
            return null;
        }
        if (version is { } expected && expected != review.Version)
        {
            throw new ValidationException("version", StaleMessage);
        }
        var wanted = (themeIds ?? []).ToHashSet();
        var current = await db.ReviewThemes.Where(t => t.ReviewId == reviewId).ToListAsync(cancellationToken);
        var known = await db.Themes.Where(t => wanted.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var added = wanted.Where(id => current.All(t => t.ThemeId != id)).ToList();
        if (added.Any(id => !known.ContainsKey(id)))
        {
            throw new ValidationException("themeIds", "Choose themes from the list");
        }
        if (added.Where(id => known[id].IsRetired).Select(id => known[id].Name).FirstOrDefault() is { } retired)
        {
            throw new ValidationException("themeIds", $"{retired} is retired and cannot be added to a review");
        }
        db.ReviewThemes.RemoveRange(current.Where(t => !wanted.Contains(t.ThemeId)));
        db.ReviewThemes.AddRange(added.Select(id => new ReviewTheme { ReviewId = reviewId, ThemeId = id }));
        // Tagging is a change of the review: its row version moves, so a second person's stale copy is refused.
        db.Entry(review).Property(r => r.Version).OriginalValue = version ?? review.Version;
        db.Entry(review).Property(r => r.Subject).IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ValidationException("version", StaleMessage);
        }
        db.ChangeTracker.Clear();
        return await FindAsync(reviewId, cancellationToken);
    }
}

internal sealed record ReviewThemes(Guid ReviewId, string Reference, string Subject, uint Version, IReadOnlyList<Theme> Themes);
