using Partnership.Modules.Reviews.Lifecycle;
using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Reviews.Register;

/// <summary>A review in the partnership's register, with the dates its statutory clock counts from.</summary>
internal sealed class Review : IPartnershipRecord
{
    public Guid Id { get; init; }

    public required string Reference { get; set; }

    public ReviewType Type { get; init; }

    /// <summary>The name the review is published under: a pseudonym such as "Child H".</summary>
    public required string Subject { get; set; }

    public string? Summary { get; set; }

    public string? Chair { get; set; }

    public string? Author { get; set; }

    public ReviewStage Stage { get; set; }

    /// <summary>When the local authority became aware of the serious incident (case reviews).</summary>
    public DateOnly? IncidentKnownOn { get; set; }

    public DateOnly? NotifiedOn { get; set; }

    public DateOnly? RapidReviewOn { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public DecisionOutcome? Decision { get; set; }

    public string? DecisionReason { get; set; }

    public DateOnly? CommissionedOn { get; set; }

    public DateOnly? StartedOn { get; set; }

    public DateOnly? DraftOn { get; set; }

    public DateOnly? SignedOffOn { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public List<ReviewAgency> Agencies { get; init; } = [];

    public List<Hold> Holds { get; init; } = [];

    public List<StageChange> StageChanges { get; init; } = [];

    public uint Version { get; private set; }

    public Hold? CurrentHold => Holds.FirstOrDefault(h => h.EndedOn is null);

    /// <summary>Puts the review at <paramref name="stage"/> and keeps the date it got there.</summary>
    public void Reached(ReviewStage stage, DateOnly on)
    {
        Stage = stage;
        switch (stage)
        {
            case ReviewStage.Notified: NotifiedOn = on; break;
            case ReviewStage.RapidReview: RapidReviewOn = on; break;
            case ReviewStage.Decided: DecidedOn = on; break;
            case ReviewStage.Commissioned: CommissionedOn = on; break;
            case ReviewStage.InProgress: StartedOn = on; break;
            case ReviewStage.Draft: DraftOn = on; break;
            case ReviewStage.SignedOff: SignedOffOn = on; break;
            case ReviewStage.Published: PublishedOn = on; break;
            case ReviewStage.Closed: ClosedOn = on; break;
        }
    }
}

/// <summary>An agency involved in a review: its staff may read the review and submit the agency's report.</summary>
internal sealed class ReviewAgency : IPartnershipRecord
{
    public Guid ReviewId { get; init; }

    public Guid AgencyId { get; init; }
}
