using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using Partnership.Modules.Reviews.Data;
using Partnership.Modules.Reviews.Learning;
using Partnership.Modules.Reviews.Register;

namespace Partnership.Modules.Reviews.Search;

/// <summary>
/// Full-text search of the register, in PostgreSQL: <c>websearch_to_tsquery('english', ...)</c> (quoted
/// phrases, <c>or</c>, <c>-word</c>) against a review's reference, subject and summary and the text of
/// its key learning and good practice. A review ranks by its own match plus its best learning match.
/// </summary>
internal static class ReviewSearch
{
    private const string Vector = SearchConfiguration.Vector;

    private const string Language = SearchConfiguration.Language;

    // Marks around matched words in a headline; the page encodes the text, then turns them into <mark>.
    public const string StartMark = "\u0002";

    public const string StopMark = "\u0003";

    public static IQueryable<Review> Matching(this IQueryable<Review> reviews, ReviewsDbContext db, string text) =>
        reviews.Where(r => EF.Property<NpgsqlTsVector>(r, Vector).Matches(EF.Functions.WebSearchToTsQuery(Language, text))
            || db.LearningItems.Any(l => l.ReviewId == r.Id && EF.Property<NpgsqlTsVector>(l, Vector).Matches(EF.Functions.WebSearchToTsQuery(Language, text))));

    public static IOrderedQueryable<Review> ByRelevance(this IQueryable<Review> reviews, ReviewsDbContext db, string text) =>
        // ts_rank does not honour a query's "-word", so only a vector that matches is ranked.
        reviews.OrderByDescending(r => (EF.Property<NpgsqlTsVector>(r, Vector).Matches(EF.Functions.WebSearchToTsQuery(Language, text))
                    ? EF.Property<NpgsqlTsVector>(r, Vector).Rank(EF.Functions.WebSearchToTsQuery(Language, text))
                    : 0f)
                + (db.LearningItems
                    .Where(l => l.ReviewId == r.Id && EF.Property<NpgsqlTsVector>(l, Vector).Matches(EF.Functions.WebSearchToTsQuery(Language, text)))
                    .Max(l => (float?)EF.Property<NpgsqlTsVector>(l, Vector).Rank(EF.Functions.WebSearchToTsQuery(Language, text))) ?? 0f))
            .ThenBy(r => r.Reference);

    /// <summary>The learning that matched, best first, for the reviews on the page.</summary>
    public static async Task<ILookup<Guid, LearningMatch>> LearningMatchesAsync(ReviewsDbContext db, IReadOnlyCollection<Guid> reviewIds, string text, CancellationToken cancellationToken)
    {
        var matches = await db.LearningItems.AsNoTracking()
            .Where(l => reviewIds.Contains(l.ReviewId) && EF.Property<NpgsqlTsVector>(l, Vector).Matches(EF.Functions.WebSearchToTsQuery(Language, text)))
            .OrderByDescending(l => EF.Property<NpgsqlTsVector>(l, Vector).Rank(EF.Functions.WebSearchToTsQuery(Language, text)))
            .Select(l => new LearningMatch(l.ReviewId, l.Id, l.Kind,
                EF.Functions.WebSearchToTsQuery(Language, text).GetResultHeadline(l.Text, $"StartSel={StartMark}, StopSel={StopMark}, MaxWords=35, MinWords=15")))
            .ToListAsync(cancellationToken);
        return matches.ToLookup(m => m.ReviewId);
    }
}

/// <summary>Key learning or good practice that matched a search, with the matched words marked.</summary>
internal sealed record LearningMatch(Guid ReviewId, Guid Id, LearningKind Kind, string Headline);
