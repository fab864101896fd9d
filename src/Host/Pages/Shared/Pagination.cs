namespace Partnership.Host.Pages.Shared;

/// <summary>
/// GOV.UK pagination for <c>_Pagination</c>: the first and last pages, the current page and its
/// neighbours, and an ellipsis for each gap.
/// </summary>
internal sealed record Pagination(int Current, int Count, Func<int, string> Href)
{
    /// <summary>Page numbers in order; null where pages are left out.</summary>
    public IReadOnlyList<int?> Items()
    {
        var shown = new SortedSet<int> { 1, Current - 1, Current, Current + 1, Count }.Where(p => p >= 1 && p <= Count);
        var items = new List<int?>();
        int? previous = null;
        foreach (var page in shown)
        {
            if (previous is { } before && page - before > 1)
            {
                items.Add(null);
            }
            items.Add(page);
            previous = page;
        }
        return items;
    }
}
