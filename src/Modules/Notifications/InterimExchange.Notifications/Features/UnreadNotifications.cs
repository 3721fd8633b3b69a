namespace InterimExchange.Notifications.Features;

/// <summary>The unread count the badge in every page's header shows, and the centre's page too.</summary>
internal static class UnreadNotifications
{
    // Past 99 the badge says "99+", so counting stops there.
    private const int UnreadShown = 99;

    // Every unread row has the same (empty) ReadAtUtc: ordering by it keeps the (user, read) index's order, so nothing is sorted.
    public static Task<RowCount> UnreadCountAsync(this NotificationsDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.Notifications.Where(n => n.UserId == userId && n.ReadAtUtc == null).OrderBy(n => n.ReadAtUtc).CountUpToAsync(UnreadShown, cancellationToken);
}
