namespace InterimExchange.Notifications.Features.Centre;

internal sealed class NotificationCentre(NotificationsDbContext db, Changes<NotificationsDbContext> changes, TimeProvider clock) : INotifications
{
    private const int PageSize = 20;

    // The badge in every page's header: past 99 it says "99+", so counting stops there.
    private const int UnreadShown = 99;

    public async Task<NotificationPage> ListAsync(Guid userId, int page, CancellationToken cancellationToken)
    {
        var newestFirst = db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderByDescending(n => n.CreatedAtUtc);
        var total = await newestFirst.CountForPageAsync(page, PageSize, cancellationToken);
        page = total.ClampPage(page, PageSize);
        var items = await newestFirst.Skip((page - 1) * PageSize).Take(PageSize)
            .Select(n => new NotificationView(n.Id, n.Title, n.Body, n.Link, n.CreatedAtUtc, n.ReadAtUtc != null))
            .ToListAsync(cancellationToken);
        var preference = await db.Preferences.AsNoTracking().Where(p => p.UserId == userId).Select(p => (EmailPreference?)p.Email).SingleOrDefaultAsync(cancellationToken);
        return new NotificationPage(items, page, PageSize, total, await UnreadCountAsync(userId, cancellationToken), preference ?? EmailPreference.Immediate);
    }

    // Every unread row has the same (empty) ReadAtUtc: ordering by it keeps the (user, read) index's order, so nothing is sorted.
    public Task<RowCount> UnreadCountAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Notifications.Where(n => n.UserId == userId && n.ReadAtUtc == null).OrderBy(n => n.ReadAtUtc).CountUpToAsync(UnreadShown, cancellationToken);

    public async Task<string?> MarkReadAsync(Guid userId, Guid notificationId, CancellationToken cancellationToken)
    {
        string? link = null;
        await changes.ApplyAsync(c => db.Notifications.SingleOrDefaultAsync(n => n.Id == notificationId && n.UserId == userId, c), (notification, now) =>
        {
            notification.MarkRead(now);
            link = notification.Link;
            return (object?)null;
        }, cancellationToken);
        return link;
    }

    public Task MarkAllReadAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Notifications.Where(n => n.UserId == userId && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAtUtc, now), cancellationToken);
    }

    public Task SetEmailPreferenceAsync(Guid userId, EmailPreference preference, CancellationToken cancellationToken) =>
        changes.ApplyAsync(async _ =>
        {
            var stored = await db.Preferences.FindAsync([userId], cancellationToken);
            if (stored is null)
            {
                db.Preferences.Add(new Preference(userId, preference));
            }
            else
            {
                stored.Email = preference;
            }

            return (object?)null;
        }, cancellationToken);
}
