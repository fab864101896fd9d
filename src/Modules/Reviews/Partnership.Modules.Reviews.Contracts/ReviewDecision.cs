namespace Partnership.Modules.Reviews.Contracts;

/// <summary>What a rapid review decided.</summary>
public enum ReviewDecision
{
    LocalReview,
    NoLocalReview,
    ReferredToNationalPanel,
}
