namespace Partnership.Host.Reporting.Limits;

/// <summary>The feed's limits (configuration section <c>Reporting</c>); each one exceeded is a 400 that names it.</summary>
internal sealed class FeedLimits
{
    /// <summary>Rows in one page; a client may ask for fewer with <c>Prefer: odata.maxpagesize</c>.</summary>
    public int MaxPageSize { get; set; } = 20_000;

    /// <summary>The largest <c>$top</c>.</summary>
    public long MaxTop { get; set; } = 10_000_000;

    /// <summary>Nodes in a <c>$filter</c> or <c>$orderby</c>: a Power BI filter of 100 <c>or</c> terms has about 300.</summary>
    public int MaxFilterNodes { get; set; } = 2000;

    /// <summary>
    /// Levels of <c>$expand</c>: <c>Actions($expand=ProgressUpdates)</c> is two. Each expanded collection
    /// holds at most <see cref="MaxPageSize"/> rows per row; a row with more is refused.
    /// </summary>
    public int MaxExpandDepth { get; set; } = 2;

    /// <summary>Terms in <c>$orderby</c>.</summary>
    public int MaxOrderByTerms { get; set; } = 16;

    /// <summary>How long one request may run its queries, streaming included.</summary>
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
