namespace Partnership.Host.Pages.Shared;

/// <summary>Which page of a long list is shown, and the address of each page (the list's filters kept).</summary>
internal sealed record Pagination(int Current, int PageCount, Func<int, string> Href)
{
    public const int PageSize = 50;

    public static int CountPages(int rows) => Math.Max(1, (rows + PageSize - 1) / PageSize);

    /// <summary>The page asked for, kept within the pages there are.</summary>
    public static int Clamp(int? asked, int pageCount) => Math.Clamp(asked ?? 1, 1, pageCount);

    public static int Skip(int page) => (page - 1) * PageSize;
}
