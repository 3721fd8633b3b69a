using InterimExchange.Notifications.Features.Webhooks;

namespace InterimExchange.Notifications;

internal sealed class WebhooksFacade(WebhooksHandler webhooks) : IWebhooks
{
    public Task<IReadOnlyList<WebhookView>> ListAsync(Guid organisationId, CancellationToken cancellationToken) => webhooks.ListAsync(organisationId, cancellationToken);

    public Task<WebhookSecret> SubscribeAsync(Subscribe request, CancellationToken cancellationToken) => webhooks.SubscribeAsync(request, cancellationToken);

    public Task<Result> DisableAsync(Guid organisationId, Guid subscriptionId, CancellationToken cancellationToken) =>
        webhooks.DisableAsync(organisationId, subscriptionId, cancellationToken);

    public Task<IReadOnlyList<WebhookDeliveryView>?> DeliveriesAsync(Guid organisationId, Guid? subscriptionId, CancellationToken cancellationToken) =>
        webhooks.DeliveriesAsync(organisationId, subscriptionId, cancellationToken);

    public Task<Result> SendTestAsync(Guid organisationId, Guid subscriptionId, CancellationToken cancellationToken) =>
        webhooks.SendTestAsync(organisationId, subscriptionId, cancellationToken);

    public Task<Result> ReplayAsync(Guid organisationId, Guid deliveryId, CancellationToken cancellationToken) =>
        webhooks.ReplayAsync(organisationId, deliveryId, cancellationToken);
}
