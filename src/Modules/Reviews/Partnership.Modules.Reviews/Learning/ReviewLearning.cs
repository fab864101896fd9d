using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.Data;
using Partnership.Modules.Reviews.Themes;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Validation;

namespace Partnership.Modules.Reviews.Learning;

/// <summary>A review's key learning and good practice: read by whoever reads the review, changed by the business team.</summary>
internal sealed class ReviewLearning(ReviewsDbContext db, IAgencyDirectory directory, TimeProvider time)
{
    public const string StaleMessage = "Someone else changed this item after you opened it. Reload the page to see their change, then try again.";

    /// <summary>The review's themes and learning, or null when the user may not read the review.</summary>
    public async Task<LearningOfReview?> ForReviewAsync(Guid reviewId, CancellationToken cancellationToken)
    {
        var review = await db.VisibleReviews().AsNoTracking().Where(r => r.Id == reviewId)
            .Select(r => new { r.Id, r.Reference, r.Subject, r.Version }).SingleOrDefaultAsync(cancellationToken);
        if (review is null)
        {
            return null;
        }
        var themes = await db.Themes.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        var agencies = (await directory.AllAsync(cancellationToken)).ToDictionary(a => a.Id);
        var tagged = await db.ReviewThemes.AsNoTracking().Where(t => t.ReviewId == reviewId).Select(t => t.ThemeId).ToListAsync(cancellationToken);
        var items = await db.LearningItems.AsNoTracking().Include(l => l.Themes).Include(l => l.Agencies).AsSplitQuery()
            .Where(l => l.ReviewId == reviewId).OrderBy(l => l.Kind).ThenBy(l => l.RecordedAt).ToListAsync(cancellationToken);
        return new LearningOfReview(
            review.Id, review.Reference, review.Subject, review.Version,
            [.. tagged.Select(id => themes[id]).OrderBy(t => t.Name)],
            [.. items.Select(item => new LearningView(
                item,
                [.. item.Themes.Select(t => themes[t.ThemeId]).OrderBy(t => t.Name)],
                [.. item.Agencies.Select(a => agencies.GetValueOrDefault(a.AgencyId) ?? new AgencySummary(a.AgencyId, "Unknown agency", "", false)).OrderBy(a => a.Name)]))]);
    }

    public async Task<LearningItem?> AddAsync(Guid reviewId, LearningInput input, CancellationToken cancellationToken)
    {
        if (!await db.VisibleReviews().AnyAsync(r => r.Id == reviewId, cancellationToken))
        {
            return null;
        }
        var (kind, text) = await CheckAsync(input, [], cancellationToken);
        var now = time.GetUtcNow();
        var item = new LearningItem { Id = Guid.CreateVersion7(now), ReviewId = reviewId, Kind = kind, Text = text, RecordedAt = now, ChangedAt = now };
        Replace(item, input);
        db.LearningItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    public async Task<LearningItem?> ChangeAsync(Guid reviewId, Guid itemId, LearningInput input, CancellationToken cancellationToken)
    {
        var item = await FindForChangeAsync(reviewId, itemId, input.Version, cancellationToken);
        if (item is null)
        {
            return null;
        }
        var (kind, text) = await CheckAsync(input, [.. item.Themes.Select(t => t.ThemeId)], cancellationToken);
        item.Kind = kind;
        item.Text = text;
        item.ChangedAt = time.GetUtcNow();
        Replace(item, input);
        await SaveAsync(cancellationToken);
        return item;
    }

    public async Task<bool> RemoveAsync(Guid reviewId, Guid itemId, uint? version, CancellationToken cancellationToken)
    {
        var item = await FindForChangeAsync(reviewId, itemId, version, cancellationToken);
        if (item is null)
        {
            return false;
        }
        db.LearningItems.Remove(item);
        await SaveAsync(cancellationToken);
        return true;
    }

    private async Task<LearningItem?> FindForChangeAsync(Guid reviewId, Guid itemId, uint? version, CancellationToken cancellationToken)
    {
        var item = await db.LearningItems.Include(l => l.Themes).Include(l => l.Agencies)
            .Where(l => l.Id == itemId && l.ReviewId == reviewId && db.VisibleReviews().Any(r => r.Id == l.ReviewId))
            .SingleOrDefaultAsync(cancellationToken);
        if (item is not null && version is { } expected)
        {
            if (expected != item.Version)
            {
                throw new ValidationException("version", StaleMessage);
            }
            db.Entry(item).Property(l => l.Version).OriginalValue = expected;
        }
        return item;
    }

    private static void Replace(LearningItem item, LearningInput input)
    {
        var themes = (input.ThemeIds ?? []).ToHashSet();
        var agencies = (input.AgencyIds ?? []).ToHashSet();
        item.Themes.RemoveAll(t => !themes.Contains(t.ThemeId));
        item.Themes.AddRange(themes.Where(id => item.Themes.All(t => t.ThemeId != id)).Select(id => new LearningItemTheme { LearningItemId = item.Id, ThemeId = id }));
        item.Agencies.RemoveAll(a => !agencies.Contains(a.AgencyId));
        item.Agencies.AddRange(agencies.Where(id => item.Agencies.All(a => a.AgencyId != id)).Select(id => new LearningItemAgency { LearningItemId = item.Id, AgencyId = id }));
    }

    private async Task<(LearningKind Kind, string Text)> CheckAsync(LearningInput input, IReadOnlyCollection<Guid> alreadyThere, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value))
        {
            errors.Add("kind", "Select whether this is key learning or good practice");
        }
        var text = input.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors.Add("text", "Enter what the review found");
        }
        else if (text.Length > LearningItem.MaxTextLength)
        {
            errors.Add("text", $"The text must be {LearningItem.MaxTextLength} characters or fewer");
        }
        var themeIds = (input.ThemeIds ?? []).Distinct().ToList();
        var themes = await db.Themes.AsNoTracking().Where(t => themeIds.Contains(t.Id)).ToListAsync(cancellationToken);
        if (themes.Count != themeIds.Count)
        {
            errors.Add("themeIds", "Choose themes from the list");
        }
        else if (themes.FirstOrDefault(t => t.IsRetired && !alreadyThere.Contains(t.Id)) is { } retired)
        {
            errors.Add("themeIds", $"{retired.Name} is retired and cannot be added");
        }
        var known = (await directory.AllAsync(cancellationToken)).Select(a => a.Id).ToHashSet();
        if (input.AgencyIds?.Any(id => !known.Contains(id)) == true)
        {
            errors.Add("agencyIds", "Choose agencies from the list");
        }
        errors.ThrowIfAny();
        return (input.Kind!.Value, text);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ValidationException("version", StaleMessage);
        }
    }
}

internal sealed record LearningOfReview(Guid ReviewId, string Reference, string Subject, uint ReviewVersion, IReadOnlyList<Theme> Themes, IReadOnlyList<LearningView> Items);

internal sealed record LearningView(LearningItem Item, IReadOnlyList<Theme> Themes, IReadOnlyList<AgencySummary> Agencies);
