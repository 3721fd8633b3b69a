using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Notifications.Features.ListNotifications;

/// <summary>The caller's notification centre a page at a time, newest first, with the unread count and their choice of email.</summary>
internal sealed class ListNotificationsHandler(NotificationsDbContext db) : IQueryHandler<ListNotificationsQuery, NotificationPage>
{
    private const int PageSize = 20;

    public async Task<NotificationPage> HandleAsync(ListNotificationsQuery query, CancellationToken cancellationToken)
    {
        var userId = query.By.UserId;
        var newestFirst = db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderByDescending(n => n.CreatedAtUtc);
        var total = await newestFirst.CountForPageAsync(query.Page, PageSize, cancellationToken);
        var page = total.ClampPage(query.Page, PageSize);
        var items = await newestFirst.Skip((page - 1) * PageSize).Take(PageSize)
            .Select(n => new NotificationView(n.Id, n.Title, n.Body, n.Link, n.CreatedAtUtc, n.ReadAtUtc != null))
            .ToListAsync(cancellationToken);
        var preference = await db.Preferences.AsNoTracking().Where(p => p.UserId == userId).Select(p => (EmailPreference?)p.Email).SingleOrDefaultAsync(cancellationToken);
        return new NotificationPage(items, page, PageSize, total, await db.UnreadCountAsync(userId, cancellationToken), preference ?? EmailPreference.Immediate);
    }
}
