using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Partnership.Modules.Reviews.Reporting;

internal sealed class ReviewRow
{
    [Key]
    [Description("The review's identifier; ReviewId in other sets refers to it.")]
    public Guid ReviewId { get; init; }

    [Description("The partnership's reference for the review, such as CSPR-2019-02.")]
    public required string Reference { get; init; }

    [Description("The kind of review: RapidReview, LocalCspr, SeriousCaseReview, LocalLearningReview, ThematicReview, PeerReview or Inspection.")]
    public required string Type { get; init; }

    [Description("The name the review is published under: a pseudonym such as Child H, or a theme.")]
    public required string Subject { get; init; }

    [Description("A short description of the review.")]
    public string? Summary { get; init; }

    [Description("Where the review is: Notified, RapidReview, Decided, Commissioned, InProgress, Draft, SignedOff, Published or Closed.")]
    public required string Stage { get; init; }

    [Description("The independent chair.")]
    public string? Chair { get; init; }

    [Description("The independent author.")]
    public string? Author { get; init; }

    [Description("When the local authority became aware of the serious incident.")]
    public DateOnly? IncidentKnownOn { get; init; }

    [Description("When the national panel was notified.")]
    public DateOnly? NotifiedOn { get; init; }

    [Description("When the rapid review was held.")]
    public DateOnly? RapidReviewOn { get; init; }

    [Description("When the rapid review's decision was made.")]
    public DateOnly? DecidedOn { get; init; }

    [Description("What the rapid review decided: LocalReview, NoLocalReview or ReferredToNationalPanel.")]
    public string? Decision { get; init; }

    [Description("Why, in the rapid review's words.")]
    public string? DecisionReason { get; init; }

    [Description("When the review was commissioned.")]
    public DateOnly? CommissionedOn { get; init; }

    [Description("When the review's work started.")]
    public DateOnly? StartedOn { get; init; }

    [Description("When the draft report was received.")]
    public DateOnly? DraftOn { get; init; }

    [Description("When the partnership signed the report off.")]
    public DateOnly? SignedOffOn { get; init; }

    [Description("When the report was published.")]
    public DateOnly? PublishedOn { get; init; }

    [Description("When the review was closed.")]
    public DateOnly? ClosedOn { get; init; }

    [Description("True while publication waits for a parallel process (an inquest, a trial).")]
    public bool IsHeld { get; init; }
}
