namespace Partnership.Modules.Recommendations.Import;

/// <summary>What an imported plan says about each key action.</summary>
internal enum PlanField
{
    Recommendation,
    KeyAction,
    Evidence,
    ExpectedOutcome,
    LeadOfficer,
    LeadAgency,
    DueDate,
}

/// <summary>Which column (zero-based) holds each of a plan's fields; a field without one is left empty.</summary>
internal sealed record ColumnMap(IReadOnlyDictionary<PlanField, int> Columns)
{
    /// <summary>The columns of a serious case review's action plan (seed 004, Appendix 1).</summary>
    public const string ReviewActionPlanPreset = "Recommendation, Key Actions, Evidence, Key Outcome(s), Lead Officer, Date";

    private static readonly (PlanField Field, string[] Headings)[] Known =
    [
        (PlanField.Recommendation, ["recommendation", "recommendations", "recommendationtext"]),
        (PlanField.KeyAction, ["keyactions", "keyaction", "action", "actions", "actiontaken"]),
        (PlanField.Evidence, ["evidence", "evidenceofcompletion"]),
        (PlanField.ExpectedOutcome, ["keyoutcomes", "keyoutcome", "expectedoutcome", "expectedoutcomes", "outcome", "outcomes"]),
        (PlanField.LeadOfficer, ["leadofficer", "leadofficers", "lead", "responsibleofficer"]),
        (PlanField.LeadAgency, ["leadagency", "agency", "organisation"]),
        (PlanField.DueDate, ["date", "duedate", "due", "timescale", "targetdate", "bywhen"]),
    ];

    private static readonly string[] PresetHeadings = ["recommendation", "keyactions", "evidence", "keyoutcomes", "leadofficer", "date"];

    public int? this[PlanField field] => Columns.TryGetValue(field, out var column) ? column : null;

    /// <summary>The columns whose headings name a field; the first such column wins.</summary>
    public static ColumnMap Guess(IReadOnlyList<string> headers)
    {
        var columns = new Dictionary<PlanField, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            var heading = Normalise(headers[i]);
            foreach (var (field, headings) in Known)
            {
                if (!columns.ContainsKey(field) && headings.Contains(heading))
                {
                    columns[field] = i;
                    break;
                }
            }
        }
        return new ColumnMap(columns);
    }

    /// <summary>Whether the headers are those of <see cref="ReviewActionPlanPreset"/>, in any order.</summary>
    public static bool MatchesReviewActionPlan(IReadOnlyList<string> headers)
    {
        var normalised = headers.Select(Normalise).ToHashSet();
        return PresetHeadings.All(normalised.Contains);
    }

    /// <summary>Lower-case letters only: "Key Outcome(s)" is "keyoutcomes".</summary>
    public static string Normalise(string heading) =>
        new(heading.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
}
