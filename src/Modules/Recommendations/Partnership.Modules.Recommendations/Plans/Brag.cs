namespace Partnership.Modules.Recommendations.Plans;

/// <summary>The partnership's rating of an action: Blue, Green, Amber, Red (their meaning is the partnership's own text).</summary>
internal enum Brag
{
    Blue,
    Green,
    Amber,
    Red,
}

internal static class BragNames
{
    /// <summary>"Green (complete)" or "Green (on track)" where the difference matters to overdue.</summary>
    public static string Describe(Brag status, bool completed) => status switch
    {
        Brag.Green => completed ? "Green (complete)" : "Green (on track)",
        _ => status.ToString(),
    };

    /// <summary>GOV.UK tag colours for each status.</summary>
    public static string TagClass(Brag status) => status switch
    {
        Brag.Blue => "govuk-tag govuk-tag--blue",
        Brag.Green => "govuk-tag govuk-tag--green",
        Brag.Amber => "govuk-tag govuk-tag--orange",
        _ => "govuk-tag govuk-tag--red",
    };
}
