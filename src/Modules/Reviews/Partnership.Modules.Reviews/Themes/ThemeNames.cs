namespace Partnership.Modules.Reviews.Themes;

/// <summary>Theme names are compared without regard to case or repeated spaces.</summary>
internal static class ThemeNames
{
    public static string Tidy(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static string Normalize(string name) => Tidy(name).ToLowerInvariant();
}
