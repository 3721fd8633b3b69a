using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using InterimExchange.Notifications.Features.Webhooks;
using Microsoft.AspNetCore.DataProtection;

namespace InterimExchange.Notifications.Features.SubscribeWebhook;

internal sealed class SubscribeWebhookValidator : AbstractValidator<SubscribeWebhookCommand>
{
    public SubscribeWebhookValidator()
    {
        RuleFor(s => s.Address).NotEmpty().WithMessage("Give the address of your system that receives the events, for example https://ats.example.com/interimexchange/events.")
            .Must(address => CallbackAddress.IsAllowed(address, 500)).WithMessage("Use an https:// address (or http://localhost for a system on your own computer), without a #.");
        RuleFor(s => s.Events).NotEmpty().WithMessage("Choose at least one event to send.")
            .Must((s, events) => events.All(WebhookEvents.For(s.By.Kind).Contains)).WithMessage("Choose from the listed events.");
    }
}

/// <summary>The caller's organisation subscribes an address; its signing secret is kept encrypted, to sign each delivery.</summary>
internal sealed class SubscribeWebhookHandler(NotificationsDbContext db, Changes<NotificationsDbContext> changes, IDataProtectionProvider protection)
    : ICommandHandler<SubscribeWebhookCommand>
{
    public Task<Result> HandleAsync(SubscribeWebhookCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(async now =>
        {
            var active = await db.WebhookSubscriptions.CountAsync(s => s.OrganisationId == command.By.OrganisationId && s.DisabledAtUtc == null, cancellationToken);
            var subscription = new WebhookSubscription(command.By.OrganisationId, active, command.Address, command.Events,
                protection.CreateProtector(WebhookSecrets.Purpose).Protect(command.Secret), command.By.Name, now);
            db.WebhookSubscriptions.Add(subscription);
            return (object?)new Created(subscription.Id);
        }, cancellationToken);
}
