using InterimExchange.Proposals.Contracts.IntegrationEvents;
using InterimExchange.Routing.Contracts;
using InterimExchange.Routing.Contracts.IntegrationEvents;

namespace InterimExchange.Notifications.Features.Webhooks;

/// <summary>
/// The signing secret is kept encrypted with the app's data protection keys: it must be read to sign each delivery, so it cannot
/// be kept as a hash.
/// </summary>
internal static class WebhookSecrets
{
    public const string Purpose = "InterimExchange.Webhooks.Secret";
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
