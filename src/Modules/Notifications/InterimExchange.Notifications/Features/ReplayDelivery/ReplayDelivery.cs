using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Notifications.Features.ReplayDelivery;

/// <summary>Nothing to check in the input: the command names one delivery, and another organisation's is not found.</summary>
internal sealed class ReplayDeliveryValidator : AbstractValidator<ReplayDeliveryCommand>;

/// <summary>One of the caller's organisation's deliveries sent again, with its id and body unchanged and its retries afresh.</summary>
internal sealed class ReplayDeliveryHandler(NotificationsDbContext db, Changes<NotificationsDbContext> changes) : ICommandHandler<ReplayDeliveryCommand>
{
    public Task<Result> HandleAsync(ReplayDeliveryCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == command.DeliveryId && d.OrganisationId == command.By.OrganisationId, c),
            object? (delivery, now) =>
            {
                delivery.Replay(now);
                return null;
            }, cancellationToken);
}
