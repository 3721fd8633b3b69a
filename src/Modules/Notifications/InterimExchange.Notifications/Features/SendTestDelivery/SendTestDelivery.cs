using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Notifications.Features.SendTestDelivery;

/// <summary>Nothing to check in the input: the command names one subscription, and another organisation's is not found.</summary>
internal sealed class SendTestDeliveryValidator : AbstractValidator<SendTestDeliveryCommand>;

/// <summary>A test delivery to one of the caller's organisation's subscriptions, sent within a minute, its answer in the log.</summary>
internal sealed class SendTestDeliveryHandler(NotificationsDbContext db, WebhookChanges webhooks) : ICommandHandler<SendTestDeliveryCommand>
{
    public Task<Result> HandleAsync(SendTestDeliveryCommand command, CancellationToken cancellationToken) =>
        webhooks.ToSubscriptionAsync(command.By, command.SubscriptionId, (subscription, now) => db.WebhookDeliveries.Add(subscription.Test(now)), cancellationToken);
}
