using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterimExchange.Notifications.Domain;

/// <summary>
/// An organisation's system, subscribed by its address to events that concern the organisation. The signing secret is kept
/// encrypted (the app must read it to sign each delivery), and shown once, when subscribing.
/// </summary>
internal sealed class WebhookSubscription
{
    /// <summary>How many subscriptions an organisation may have in use: each event is sent to every one of them.</summary>
    public const int MaxActive = 20;

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Url { get; private set; } = "";

    /// <summary>Space-separated event names.</summary>
    public string Events { get; private set; } = "";

    public string ProtectedSecret { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime? DisabledAtUtc { get; private set; }

    private WebhookSubscription()
    {
    }

    /// <param name="active">How many subscriptions in use the organisation has already.</param>
    public WebhookSubscription(Guid organisationId, int active, string url, IEnumerable<string> events, string protectedSecret, string by, DateTime nowUtc)
    {
        BusinessRuleException.Require(active < MaxActive,
            $"Your organisation already has {MaxActive} webhooks in use, the most it can have. Disable one it no longer needs first.", "Address");
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        Url = url.Trim();
        Events = string.Join(' ', events.Distinct());
        ProtectedSecret = protectedSecret;
        CreatedBy = by;
        CreatedAtUtc = nowUtc;
    }

    public IReadOnlyList<string> EventList => Events.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public void Disable(DateTime nowUtc)
    {
        BusinessRuleException.Require(DisabledAtUtc is null, "This webhook is already disabled.");
        DisabledAtUtc = nowUtc;
    }

    /// <summary>A delivery of <paramref name="event"/> to this subscription, in the one shape every delivery has.</summary>
    public WebhookDelivery Tell(string @event, DateTime occurredAtUtc, object data, DateTime nowUtc)
    {
        var id = Guid.NewGuid();
        return new WebhookDelivery(id, this, @event, JsonSerializer.Serialize(new { id, type = @event, occurredAt = occurredAtUtc, data }, Json), nowUtc);
    }

    /// <summary>A test delivery the admin asks for, to see their system's answer in the log; a disabled webhook sends nothing.</summary>
    public WebhookDelivery Test(DateTime nowUtc)
    {
        BusinessRuleException.Require(DisabledAtUtc is null, "This webhook is disabled: it sends nothing, tests included.");
        return Tell(WebhookEvents.Test, nowUtc, new { message = "A test delivery sent from the Webhooks page." }, nowUtc);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}

/// <summary>
/// One event for one subscription. It is written with the inbox record of the event it tells of, and sent by
/// <c>WebhookSender</c> until the receiver answers 2xx, retried with backoff over a day; its id and body never change, so a
/// receiver can tell a retry from a new event.
/// </summary>
internal sealed class WebhookDelivery
{
    /// <summary>The waits after each failed attempt: eight attempts over about 22 hours, then it is given up.</summary>
    public static readonly IReadOnlyList<TimeSpan> Backoff =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromHours(12)];

    /// <summary>How long an attempt holds a delivery, so that another instance does not send it at the same time.</summary>
    public static readonly TimeSpan AttemptLease = TimeSpan.FromMinutes(2);

    public Guid Id { get; private set; }

    public Guid SubscriptionId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Event { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public int Attempts { get; private set; }

    public int? LastStatus { get; private set; }

    public string? LastError { get; private set; }

    public DateTime? DeliveredAtUtc { get; private set; }

    /// <summary>When it is next due; null once delivered or given up.</summary>
    public DateTime? NextAttemptAtUtc { get; private set; }

    private WebhookDelivery()
    {
    }

    public WebhookDelivery(Guid id, WebhookSubscription subscription, string @event, string payload, DateTime nowUtc)
    {
        Id = id;
        SubscriptionId = subscription.Id;
        OrganisationId = subscription.OrganisationId;
        Event = @event;
        Payload = payload;
        CreatedAtUtc = nowUtc;
        NextAttemptAtUtc = nowUtc;
    }

    public void Delivered(int status, DateTime nowUtc)
    {
        Attempts++;
        LastStatus = status;
        LastError = null;
        DeliveredAtUtc = nowUtc;
        NextAttemptAtUtc = null;
    }

    public void Failed(int? status, string error, DateTime nowUtc)
    {
        Attempts++;
        LastStatus = status;
        LastError = error.Length > 300 ? error[..300] : error;
        NextAttemptAtUtc = Attempts <= Backoff.Count ? nowUtc + Backoff[Attempts - 1] : null;
    }

    /// <summary>Sent again now, with its retries afresh: the receiver was fixed, or lost what it received.</summary>
    public void Replay(DateTime nowUtc)
    {
        Attempts = 0;
        DeliveredAtUtc = null;
        NextAttemptAtUtc = nowUtc;
    }
}
