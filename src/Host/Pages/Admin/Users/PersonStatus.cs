namespace Partnership.Host.Pages.Admin.Users;

/// <summary>Where a person's account stands, as a GOV.UK tag.</summary>
internal static class PersonStatus
{
    public const string Active = "active";
    public const string Invited = "invited";
    public const string Deactivated = "deactivated";

    public static IReadOnlyList<(string Value, string Name)> All { get; } =
        [(Active, "Active"), (Invited, "Invited, no password yet"), (Deactivated, "Deactivated")];

    public static (string Text, string Colour) Tag(bool isActive, bool hasPassword) => (isActive, hasPassword) switch
    {
        (false, _) => ("Deactivated", "grey"),
        (true, false) => ("Invited", "blue"),
        _ => ("Active", "green"),
    };
}
