namespace Partnership.Modules.Recommendations.Import;

internal static class PlanFieldNames
{
    public static string DisplayName(this PlanField field) => field switch
    {
        PlanField.Recommendation => "Recommendation",
        PlanField.KeyAction => "Key action",
        PlanField.Evidence => "Evidence",
        PlanField.ExpectedOutcome => "Expected outcome",
        PlanField.LeadOfficer => "Lead officer",
        PlanField.LeadAgency => "Lead agency",
        _ => "Due date",
    };
}
