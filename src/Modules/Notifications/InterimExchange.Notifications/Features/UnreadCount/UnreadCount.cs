using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Notifications.Features.UnreadCount;

/// <summary>The caller's unread notifications, for the badge in every page's header.</summary>
internal sealed class UnreadCountHandler(NotificationsDbContext db) : IQueryHandler<UnreadCountQuery, RowCount>
{
    public Task<RowCount> HandleAsync(UnreadCountQuery query, CancellationToken cancellationToken) => db.UnreadCountAsync(query.By.UserId, cancellationToken);
}
