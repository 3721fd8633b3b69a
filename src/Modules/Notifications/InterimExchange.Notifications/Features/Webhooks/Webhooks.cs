using System.Security.Cryptography;
using FluentValidation;
using InterimExchange.Proposals.Contracts.IntegrationEvents;
using InterimExchange.Routing.Contracts;
using InterimExchange.Routing.Contracts.IntegrationEvents;
using Microsoft.AspNetCore.DataProtection;

namespace InterimExchange.Notifications.Features.Webhooks;

internal sealed class SubscribeValidator : AbstractValidator<Subscribe>
{
    public SubscribeValidator()
    {
        RuleFor(s => s.Address).NotEmpty().WithMessage("Give the address of your system that receives the events, for example https://ats.example.com/interimexchange/events.")
            .Must(address => CallbackAddress.IsAllowed(address, 500)).WithMessage("Use an https:// address (or http://localhost for a system on your own computer), without a #.");
        RuleFor(s => s.Events).NotEmpty().WithMessage("Choose at least one event to send.")
            .Must((s, events) => events.All(WebhookEvents.For(s.Kind).Contains)).WithMessage("Choose from the listed events.");
    }
}

/// <summary>
/// An organisation's webhook subscriptions and their delivery log. The signing secret is kept encrypted with the app's data
/// protection keys: it must be read to sign each delivery, so it cannot be kept as a hash.
/// </summary>
internal sealed class WebhooksHandler(NotificationsDbContext db, Changes<NotificationsDbContext> changes, IDataProtectionProvider protection, IValidator<Subscribe> validator)
{
    public const string SecretPurpose = "InterimExchange.Webhooks.Secret";

    private const int LogSize = 50;

    public async Task<IReadOnlyList<WebhookView>> ListAsync(Guid organisationId, CancellationToken cancellationToken) =>
        (await db.WebhookSubscriptions.AsNoTracking()
            .Where(s => s.OrganisationId == organisationId)
            .OrderBy(s => s.DisabledAtUtc != null).ThenByDescending(s => s.CreatedAtUtc)
            .Take(100)
            .ToListAsync(cancellationToken))
        .Select(s => new WebhookView(s.Id, s.Url, s.EventList, s.CreatedAtUtc, s.CreatedBy, s.DisabledAtUtc))
        .ToList();

    public async Task<WebhookSecret> SubscribeAsync(Subscribe request, CancellationToken cancellationToken)
    {
        if (await validator.RefusalAsync(request, cancellationToken) is { } refusal)
        {
            return new WebhookSecret(refusal);
        }

        var secret = "whsec_" + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var result = await changes.ApplyAsync(async now =>
        {
            var active = await db.WebhookSubscriptions.CountAsync(s => s.OrganisationId == request.OrganisationId && s.DisabledAtUtc == null, cancellationToken);
            var subscription = new WebhookSubscription(request.OrganisationId, active, request.Address, request.Events, protection.CreateProtector(SecretPurpose).Protect(secret),
                request.By, now);
            db.WebhookSubscriptions.Add(subscription);
            return (object?)new Created(subscription.Id);
        }, cancellationToken);
        return result.Succeeded ? new WebhookSecret(result, result.Id, secret) : new WebhookSecret(result);
    }

    public Task<Result> DisableAsync(Guid organisationId, Guid subscriptionId, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == subscriptionId && s.OrganisationId == organisationId, c), object? (subscription, now) =>
        {
            subscription.Disable(now);
            return null;
        }, cancellationToken);

    public async Task<IReadOnlyList<WebhookDeliveryView>?> DeliveriesAsync(Guid organisationId, Guid? subscriptionId, CancellationToken cancellationToken)
    {
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

    public Task<Result> SendTestAsync(Guid organisationId, Guid subscriptionId, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == subscriptionId && s.OrganisationId == organisationId, c), object? (subscription, now) =>
        {
            db.WebhookDeliveries.Add(subscription.Test(now));
            return null;
        }, cancellationToken);

    public Task<Result> ReplayAsync(Guid organisationId, Guid deliveryId, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == deliveryId && d.OrganisationId == organisationId, c), object? (delivery, now) =>
        {
            delivery.Replay(now);
            return null;
        }, cancellationToken);
}

/// <summary>An event as a webhook tells it: to which organisation, its name, and what it carries (ids and words, never a sealed term).</summary>
internal sealed record WebhookEvent(Guid OrganisationId, string Name, DateTime OccurredAtUtc, object Data);

/// <summary>
/// One inbox consumer per event: it writes a delivery for each of the organisation's subscriptions to the event, in the same
/// save as its inbox record, so an event is never told twice nor lost; <see cref="WebhookSender"/> sends them.
/// </summary>
internal abstract class OrganisationWebhook<TMessage>(NotificationsDbContext db, TimeProvider clock) : InboxConsumer<TMessage, NotificationsDbContext>(db, clock)
    where TMessage : class
{
    protected override async Task HandleAsync(TMessage message, CancellationToken cancellationToken)
    {
        if (For(message) is not { } told)
        {
            return;
        }

        var now = Clock.GetUtcNow().UtcDateTime;
        var subscriptions = await Db.WebhookSubscriptions
            .Where(s => s.OrganisationId == told.OrganisationId && s.DisabledAtUtc == null && (" " + s.Events + " ").Contains(" " + told.Name + " "))
            .ToListAsync(cancellationToken);
        foreach (var subscription in subscriptions)
        {
            Db.WebhookDeliveries.Add(subscription.Tell(told.Name, told.OccurredAtUtc, told.Data, now));
        }
    }

    /// <summary>The event as the organisation it concerns is told it, or null when it tells no one.</summary>
    protected abstract WebhookEvent? For(TMessage message);
}

internal sealed class BriefRoutedWebhook(NotificationsDbContext db, TimeProvider clock) : OrganisationWebhook<BriefRoutedToFirm>(db, clock)
{
    protected override WebhookEvent? For(BriefRoutedToFirm message) => message.Channel != RoutingChannel.SpecialistFirm ? null
        : new(message.FirmId, WebhookEvents.BriefRouted, message.RoutedAtUtc,
            new { message.BriefId, message.RoleTitle, message.Wave, message.RespondBy, message.ProposalsDue });
}

internal sealed class ProposalReceivedWebhook(NotificationsDbContext db, TimeProvider clock) : OrganisationWebhook<ProposalSubmitted>(db, clock)
{
    protected override WebhookEvent? For(ProposalSubmitted message) =>
        new(message.RpoOrganisationId, WebhookEvents.ProposalReceived, message.AtUtc, new { message.ProposalId, message.BriefId, message.FirmName, message.Candidates });
}

internal sealed class OutcomeGivenWebhook(NotificationsDbContext db, TimeProvider clock) : OrganisationWebhook<OutcomeGiven>(db, clock)
{
    protected override WebhookEvent? For(OutcomeGiven message) => message.Channel != RoutingChannel.SpecialistFirm ? null
        : new(message.FirmId, WebhookEvents.OutcomeGiven, message.AtUtc,
            new { message.DecisionId, message.BriefId, message.RoleTitle, message.What, message.Outcome, message.Message });
}

internal sealed class DecisionDateMovedWebhook(NotificationsDbContext db, TimeProvider clock) : OrganisationWebhook<DecisionDateMoved>(db, clock)
{
    protected override WebhookEvent? For(DecisionDateMoved message) => message.Channel != RoutingChannel.SpecialistFirm ? null
        : new(message.FirmId, WebhookEvents.DecisionDateMoved, message.AtUtc,
            new { message.DecisionId, message.BriefId, message.RoleTitle, message.What, message.From, message.To, message.Reason });
}
