namespace Partnership.Host.Pages.Shared;

/// <summary>One link in the service navigation.</summary>
internal sealed record NavigationItem(string Href, string Text)
{
    /// <summary>
    /// As GOV.UK's service navigation marks it: "page" on the item's own page, "true" on the pages
    /// inside its section, nothing elsewhere.
    /// </summary>
    public string? AriaCurrent(PathString path)
    {
        var shown = path.Value is { Length: > 1 } value ? value.TrimEnd('/') : "/";
        if (shown.Equals(Href, StringComparison.OrdinalIgnoreCase))
        {
            return "page";
        }
        return shown.StartsWith(Href + "/", StringComparison.OrdinalIgnoreCase) ? "true" : null;
    }
}
