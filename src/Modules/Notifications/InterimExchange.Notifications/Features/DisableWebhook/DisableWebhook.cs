using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Notifications.Features.DisableWebhook;

/// <summary>Nothing to check in the input: the command names one subscription, and another organisation's is not found.</summary>
internal sealed class DisableWebhookValidator : AbstractValidator<DisableWebhookCommand>;

/// <summary>The caller's organisation stops a subscription: nothing more is sent to it.</summary>
internal sealed class DisableWebhookHandler(WebhookChanges webhooks) : ICommandHandler<DisableWebhookCommand>
{
    public Task<Result> HandleAsync(DisableWebhookCommand command, CancellationToken cancellationToken) =>
        webhooks.ToSubscriptionAsync(command.By, command.SubscriptionId, (subscription, now) => subscription.Disable(now), cancellationToken);
}
