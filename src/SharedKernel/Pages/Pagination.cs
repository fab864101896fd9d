namespace Partnership.SharedKernel.Pages;

/// <summary>
/// GOV.UK pagination for the host's <c>_Pagination</c> partial, on the host's and every module's lists: which page of a long list is shown, the address of each
/// page (the list's filters kept), and the pages to offer: the first and last, the current one and its
/// neighbours, with an ellipsis for each gap.
/// </summary>
public sealed record Pagination(int Current, int PageCount, Func<int, string> Href)
{
    public const int PageSize = 50;

    public static int CountPages(int rows) => Math.Max(1, (rows + PageSize - 1) / PageSize);

    /// <summary>The page asked for, kept within the pages there are.</summary>
    public static int Clamp(int? asked, int pageCount) => Math.Clamp(asked ?? 1, 1, pageCount);

    public static int Skip(int page) => (page - 1) * PageSize;

    /// <summary>Page numbers in order; null where pages are left out.</summary>
    public IReadOnlyList<int?> Items()
    {
        var shown = new SortedSet<int> { 1, Current - 1, Current, Current + 1, PageCount }.Where(p => p >= 1 && p <= PageCount);
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
