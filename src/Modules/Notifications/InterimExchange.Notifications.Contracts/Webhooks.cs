using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Notifications.Contracts;

/// <summary>The caller's organisation's webhook subscriptions, active first, newest first.</summary>
public sealed record ListWebhooksQuery(Caller By) : IQuery<INotifications, IReadOnlyList<WebhookView>>;

/// <summary>
/// The caller's organisation subscribes an address of its systems to events that concern it; every delivery is signed with
/// <see cref="Secret"/> (made by <see cref="NewSecret"/>), which the answer to subscribing shows once and nothing shows again.
/// Each delivery is retried with backoff over a day, and kept in a log the organisation can read and send again.
/// </summary>
public sealed record SubscribeWebhookCommand(Caller By, string Address, IReadOnlyList<string> Events, string Secret) : ICommand<INotifications>
{
    /// <summary>A fresh signing secret, for the subscription about to be made.</summary>
    public static string NewSecret() => "whsec_" + System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
}

/// <summary>Stops one of the caller's organisation's subscriptions: nothing more is sent to it, deliveries waiting included.</summary>
public sealed record DisableWebhookCommand(Caller By, Guid SubscriptionId) : ICommand<INotifications>;

/// <summary>The caller's organisation's latest deliveries, newest first (of one subscription when given); null for another organisation's subscription.</summary>
public sealed record WebhookDeliveriesQuery(Caller By, Guid? SubscriptionId) : IQuery<INotifications, IReadOnlyList<WebhookDeliveryView>?>;

/// <summary>Sends the subscription a test delivery now (<see cref="WebhookEvents.Test"/>), so that its answer shows in the log.</summary>
public sealed record SendTestDeliveryCommand(Caller By, Guid SubscriptionId) : ICommand<INotifications>;

/// <summary>Sends a delivery again, now, with its id and body unchanged, and its retries afresh.</summary>
public sealed record ReplayDeliveryCommand(Caller By, Guid DeliveryId) : ICommand<INotifications>;

public sealed record WebhookView(Guid Id, string Address, IReadOnlyList<string> Events, DateTime CreatedAtUtc, string CreatedBy, DateTime? DisabledAtUtc);

/// <summary>One event sent to one subscription: how its attempts went, and when the next one is due (null once delivered or given up).</summary>
public sealed record WebhookDeliveryView(Guid Id, Guid SubscriptionId, string Address, string Event, DateTime CreatedAtUtc, int Attempts, int? LastStatus, string? LastError,
    DateTime? DeliveredAtUtc, DateTime? NextAttemptAtUtc)
{
    public string State => DeliveredAtUtc is not null ? "Delivered" : NextAttemptAtUtc is null ? "Given up" : Attempts == 0 ? "Waiting" : "Retrying";
}

/// <summary>The events a webhook may be subscribed to, in words, and which kind of organisation each concerns.</summary>
public static class WebhookEvents
{
    public const string BriefRouted = "brief.routed";
    public const string ProposalReceived = "proposal.received";
    public const string OutcomeGiven = "outcome.given";
    public const string DecisionDateMoved = "decision_date.moved";

    /// <summary>Not subscribed to: sent only when an admin asks for a test delivery.</summary>
    public const string Test = "webhook.test";

    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>
    {
        [BriefRouted] = "A brief was routed to your firm",
        [OutcomeGiven] = "Your firm was given an outcome on a brief, a proposal or a candidate",
        [DecisionDateMoved] = "A decision your firm awaits has a new decision-by date",
        [ProposalReceived] = "A firm submitted a proposal for one of your briefs",
        [Test] = "A test delivery, sent from the Webhooks page",
    };

    /// <summary>What each event's <c>data</c> carries.</summary>
    public static IReadOnlyDictionary<string, string> Carries { get; } = new Dictionary<string, string>
    {
        [BriefRouted] = "briefId, roleTitle, wave, respondBy, proposalsDue",
        [OutcomeGiven] = "decisionId, briefId, roleTitle, what, outcome, message",
        [DecisionDateMoved] = "decisionId, briefId, roleTitle, what, from, to, reason",
        [ProposalReceived] = "proposalId, briefId, firmName, candidates",
        [Test] = "message",
    };

    public static IReadOnlyList<string> For(OrganisationKind kind) => kind switch
    {
        OrganisationKind.SpecialistFirm => [BriefRouted, OutcomeGiven, DecisionDateMoved],
        OrganisationKind.RpoProvider => [ProposalReceived],
        _ => [],
    };
}
