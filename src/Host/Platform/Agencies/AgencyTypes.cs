namespace Partnership.Host.Platform.Agencies;

/// <summary>The kinds of agency in a partnership, stored by their code.</summary>
internal static class AgencyTypes
{
    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["childrens-social-care"] = "Children's social care",
        ["education"] = "Education",
        ["health"] = "Health",
        ["police"] = "Police",
        ["housing"] = "Housing",
        ["probation"] = "Probation",
        ["voluntary"] = "Voluntary sector",
        ["business-unit"] = "Partnership business unit",
    };

    public static string NameOf(string code) => Names.GetValueOrDefault(code, code);
}
