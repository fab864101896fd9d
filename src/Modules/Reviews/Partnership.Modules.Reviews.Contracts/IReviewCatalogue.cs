namespace Partnership.Modules.Reviews.Contracts;

/// <summary>
/// Other modules' question to Reviews: which reviews are there, to name one as the source of their
/// work (a recommendation's review). Answers only what the caller may read.
/// </summary>
public interface IReviewCatalogue
{
    Task<ReviewSummary?> FindAsync(Guid reviewId, CancellationToken cancellationToken);

    /// <summary>Every review the caller may read, by reference.</summary>
    Task<IReadOnlyList<ReviewSummary>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>
/// A review as another module needs it. <see cref="SourceDate"/> is the date recommendations count
/// their timescales from: publication, else sign-off, else the decision, else notification.
/// </summary>
public sealed record ReviewSummary(
    Guid Id,
    string Reference,
    string Subject,
    string Type,
    DateOnly? NotifiedOn,
    DateOnly? DecidedOn,
    DateOnly? SignedOffOn,
    DateOnly? PublishedOn,
    DateOnly? ClosedOn)
{
    public DateOnly? SourceDate => PublishedOn ?? SignedOffOn ?? DecidedOn ?? NotifiedOn;
}
