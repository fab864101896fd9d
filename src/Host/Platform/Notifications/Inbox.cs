using Microsoft.EntityFrameworkCore;
using Partnership.Host.Data;
using Partnership.SharedKernel.Users;

namespace Partnership.Host.Platform.Notifications;

/// <summary>The signed-in person's notifications: the count in the header, the list, marking as read.</summary>
internal sealed class Inbox(PlatformDbContext db, ICurrentUser user, TimeProvider time)
{
    public sealed record Page(IReadOnlyList<Notification> Items, int Total, int Unread);

    private IQueryable<Notification> Mine => db.Notifications.AsNoTracking().Where(n => n.UserId == user.UserId);

    public Task<int> UnreadCountAsync(CancellationToken cancellationToken) =>
        Mine.CountAsync(n => n.ReadAt == null, cancellationToken);

    public Task<int> CountAsync(bool unreadOnly, CancellationToken cancellationToken) =>
        (unreadOnly ? Mine.Where(n => n.ReadAt == null) : Mine).CountAsync(cancellationToken);

    /// <summary>Newest first.</summary>
    public async Task<Page> ListAsync(bool unreadOnly, int skip, int take, CancellationToken cancellationToken)
    {
        var shown = unreadOnly ? Mine.Where(n => n.ReadAt == null) : Mine;
        var items = await shown.OrderByDescending(n => n.RaisedAt).ThenByDescending(n => n.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new Page(items, await shown.CountAsync(cancellationToken), await UnreadCountAsync(cancellationToken));
    }

    /// <summary>False when the person has no such notification.</summary>
    public async Task<bool> MarkReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!await Mine.AnyAsync(n => n.Id == id, cancellationToken))
        {
            return false;
        }
        await Mine.Where(n => n.Id == id && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        return true;
    }

    public Task<int> MarkAllReadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return Mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}
