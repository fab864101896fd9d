namespace Partnership.SharedKernel.Data;

/// <summary>Text matched literally by LIKE and ILIKE: its <c>%</c>, <c>_</c> and <c>\</c> escaped with PostgreSQL's default escape character.</summary>
public static class LikePatterns
{
    public static string Literal(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);

    public static string Containing(string text) => "%" + Literal(text) + "%";
}
