using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Notifications.Features.DisableWebhook;

/// <summary>Nothing to check in the input: the command names one subscription, and another organisation's is not found.</summary>
internal sealed class DisableWebhookValidator : AbstractValidator<DisableWebhookCommand>;

/// <summary>The caller's organisation stops a subscription: nothing more is sent to it.</summary>
internal sealed class DisableWebhookHandler(NotificationsDbContext db, Changes<NotificationsDbContext> changes) : ICommandHandler<DisableWebhookCommand>
{
    public Task<Result> HandleAsync(DisableWebhookCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == command.SubscriptionId && s.OrganisationId == command.By.OrganisationId, c),
            object? (subscription, now) =>
            {
                subscription.Disable(now);
                return null;
            }, cancellationToken);
}
