using Partnership.Host.Platform.Security;

namespace Partnership.Host.Platform.Notifications;

/// <summary><c>/api/notifications</c>: the signed-in person's inbox, as the notifications page shows it.</summary>
internal static class NotificationEndpoints
{
    public const int PageSize = 50;

    public sealed record Item(Guid Id, string Subject, string Body, string? Link, DateTimeOffset RaisedAt, DateTimeOffset? ReadAt);

    public sealed record Listing(IReadOnlyList<Item> Items, int Total, int Unread, int Page, int PageSize);

    public static void MapNotifications(this IEndpointRouteBuilder app)
    {
        var inbox = app.MapGroup("/api/notifications").RequireAuthorization(Policies.SignedIn).WithTags("Platform");
        inbox.MapGet("", async (bool? unread, int? page, Inbox notifications, CancellationToken cancellationToken) =>
        {
            if (page is < 1)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["page"] = ["The page must be 1 or more"] });
            }
            var number = page ?? 1;
            var found = await notifications.ListAsync(unread == true, (number - 1) * PageSize, PageSize, cancellationToken);
            var items = found.Items.Select(n => new Item(n.Id, n.Subject, n.Body, n.Link, n.RaisedAt, n.ReadAt)).ToList();
            return Results.Ok(new Listing(items, found.Total, found.Unread, number, PageSize));
        });
        inbox.MapPost("/{id:guid}/read", async (Guid id, Inbox notifications, CancellationToken cancellationToken) =>
            await notifications.MarkReadAsync(id, cancellationToken) ? Results.NoContent() : Results.NotFound());
        inbox.MapPost("/read", async (Inbox notifications, CancellationToken cancellationToken) =>
            Results.Ok(new { Marked = await notifications.MarkAllReadAsync(cancellationToken) }));
    }
}
