using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Notifications.Features.ReplayDelivery;

/// <summary>Nothing to check in the input: the command names one delivery, and another organisation's is not found.</summary>
internal sealed class ReplayDeliveryValidator : AbstractValidator<ReplayDeliveryCommand>;

/// <summary>One of the caller's organisation's deliveries sent again, with its id and body unchanged and its retries afresh.</summary>
internal sealed class ReplayDeliveryHandler(WebhookChanges webhooks) : ICommandHandler<ReplayDeliveryCommand>
{
    public Task<Result> HandleAsync(ReplayDeliveryCommand command, CancellationToken cancellationToken) =>
        webhooks.ToDeliveryAsync(command.By, command.DeliveryId, (delivery, now) => delivery.Replay(now), cancellationToken);
}
