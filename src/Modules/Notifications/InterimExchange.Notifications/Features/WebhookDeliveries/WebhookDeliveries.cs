using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Notifications.Features.WebhookDeliveries;

/// <summary>The caller's organisation's latest 50 deliveries, newest first, of one subscription when given.</summary>
internal sealed class WebhookDeliveriesHandler(NotificationsDbContext db) : IQueryHandler<WebhookDeliveriesQuery, IReadOnlyList<WebhookDeliveryView>?>
{
    private const int LogSize = 50;

    public async Task<IReadOnlyList<WebhookDeliveryView>?> HandleAsync(WebhookDeliveriesQuery query, CancellationToken cancellationToken)
    {
        var (organisationId, subscriptionId) = (query.By.OrganisationId, query.SubscriptionId);
        if (subscriptionId is { } id && !await db.WebhookSubscriptions.AnyAsync(s => s.Id == id && s.OrganisationId == organisationId, cancellationToken))
        {
            return null;
        }

        return await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.OrganisationId == organisationId && (subscriptionId == null || d.SubscriptionId == subscriptionId))
            .OrderByDescending(d => d.CreatedAtUtc)
            .Take(LogSize)
            .Join(db.WebhookSubscriptions, d => d.SubscriptionId, s => s.Id, (d, s) => new WebhookDeliveryView(d.Id, d.SubscriptionId, s.Url, d.Event, d.CreatedAtUtc, d.Attempts,
                d.LastStatus, d.LastError, d.DeliveredAtUtc, d.NextAttemptAtUtc))
            .ToListAsync(cancellationToken);
    }
}
