using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Partnership.Host.Pages.Shared;
using Partnership.Host.Platform.Notifications;
using Partnership.SharedKernel.Pages;

namespace Partnership.Host.Pages.Notifications;

/// <summary>The signed-in person's notices, newest first, 50 to a page, unread ones marked.</summary>
internal sealed class IndexModel(Inbox inbox) : PageModel
{
    public IReadOnlyList<Notification> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int Unread { get; private set; }

    [BindProperty(SupportsGet = true, Name = "show")]
    public string? Show { get; set; }

    public bool UnreadOnly => Show == "unread";

    public Pagination Pages { get; private set; } = new(1, 1, _ => "");

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        var pageCount = Pagination.CountPages(await inbox.CountAsync(UnreadOnly, cancellationToken));
        var current = Pagination.Clamp(pageNumber, pageCount);
        var page = await inbox.ListAsync(UnreadOnly, Pagination.Skip(current), Pagination.PageSize, cancellationToken);
        (Items, Total, Unread) = (page.Items, page.Total, page.Unread);
        var filter = UnreadOnly ? "show=unread&" : "";
        Pages = new Pagination(current, pageCount, number => $"/notifications?{filter}page={number}");
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await inbox.MarkReadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Message = "Notification marked as read";
        return RedirectToPage(new { show = Show });
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        var marked = await inbox.MarkAllReadAsync(cancellationToken);
        Message = marked == 1 ? "1 notification marked as read" : $"{marked} notifications marked as read";
        return RedirectToPage(new { show = Show });
    }
}
