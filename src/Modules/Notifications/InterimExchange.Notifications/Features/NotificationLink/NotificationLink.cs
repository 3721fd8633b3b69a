using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Notifications.Features.NotificationLink;

/// <summary>Where one of the caller's notifications leads: the page it is about.</summary>
internal sealed class NotificationLinkHandler(NotificationsDbContext db) : IQueryHandler<NotificationLinkQuery, string?>
{
    public Task<string?> HandleAsync(NotificationLinkQuery query, CancellationToken cancellationToken) =>
        db.Notifications.AsNoTracking().Where(n => n.Id == query.NotificationId && n.UserId == query.By.UserId).Select(n => n.Link).SingleOrDefaultAsync(cancellationToken);
}
