using Partnership.Host.Reporting.Limits;

namespace Partnership.Host.Reporting.Paging;

/// <summary>What the client asked for in <c>Prefer</c>: a smaller page, no null values.</summary>
internal sealed record Preferences(int PageSize, bool MaxPageSizeApplied, bool OmitNulls)
{
    public static Preferences Read(HttpRequest request, FeedLimits limits)
    {
        var pageSize = limits.MaxPageSize;
        var applied = false;
        var omitNulls = false;
        foreach (var preference in request.Headers["Prefer"].SelectMany(v => (v ?? "").Split(',')).Select(p => p.Trim()))
        {
            var (name, value) = preference.Split('=', 2) is [var n, var v] ? (n.Trim(), v.Trim().Trim('"')) : (preference, "");
            if (name.Equals("odata.maxpagesize", StringComparison.OrdinalIgnoreCase) && int.TryParse(value, out var size) && size > 0)
            {
                pageSize = Math.Min(size, limits.MaxPageSize);
                applied = true;
            }
            else if (name.Equals("omit-values", StringComparison.OrdinalIgnoreCase) && value.Equals("nulls", StringComparison.OrdinalIgnoreCase))
            {
                omitNulls = true;
            }
        }
        return new Preferences(pageSize, applied, omitNulls);
    }

    /// <summary>The <c>Preference-Applied</c> header, or null when nothing was applied.</summary>
    public string? Applied()
    {
        var applied = new List<string>();
        if (MaxPageSizeApplied)
        {
            applied.Add($"odata.maxpagesize={PageSize}");
        }
        if (OmitNulls)
        {
            applied.Add("omit-values=nulls");
        }
        return applied.Count == 0 ? null : string.Join(", ", applied);
    }
}
