using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Notifications.Features;

/// <summary>
/// What every change to an organisation's webhooks shares: the subscription or delivery found within the caller's organisation
/// (another's is not found) and changed through the one shape of a change, saved once. These changes tell nobody: no events.
/// </summary>
internal sealed class WebhookChanges(NotificationsDbContext db, Changes<NotificationsDbContext> changes)
{
    public Task<Result> ToSubscriptionAsync(Caller by, Guid subscriptionId, Action<WebhookSubscription, DateTime> change, CancellationToken cancellationToken) =>
        ApplyAsync(c => db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == subscriptionId && s.OrganisationId == by.OrganisationId, c), change, cancellationToken);

    public Task<Result> ToDeliveryAsync(Caller by, Guid deliveryId, Action<WebhookDelivery, DateTime> change, CancellationToken cancellationToken) =>
        ApplyAsync(c => db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == deliveryId && d.OrganisationId == by.OrganisationId, c), change, cancellationToken);

    private Task<Result> ApplyAsync<TEntity>(Func<CancellationToken, Task<TEntity?>> load, Action<TEntity, DateTime> change, CancellationToken cancellationToken)
        where TEntity : class =>
        changes.ApplyAsync(load, object? (entity, now) =>
        {
            change(entity, now);
            return null;
        }, cancellationToken);
}
