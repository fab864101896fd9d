namespace Partnership.Modules.Reviews.Lifecycle;

/// <summary>What a rapid review decided.</summary>
internal enum DecisionOutcome
{
    LocalReview,
    NoLocalReview,
    ReferredToNationalPanel,
}

internal static class DecisionOutcomes
{
    public static string DisplayName(this DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.LocalReview => "Hold a local child safeguarding practice review",
        DecisionOutcome.NoLocalReview => "No local review",
        DecisionOutcome.ReferredToNationalPanel => "Referred to the national panel",
        _ => outcome.ToString(),
    };
}
