using System.Globalization;

namespace InterimExchange.Relationships.Domain;

/// <summary>
/// An RPO and a firm or client it works with. It begins with the first brief between them and outlives every brief: its last real
/// contact (a logged contact or a held conversation) and its cadence say when it is due for keeping in touch, and its highlight,
/// the latest notable event, gives the coordinator a reason to reach out. Its next step and cadence are each side's own: the RPO's and the
/// firm's or client's are kept apart, and each side reads and sets only its own.
/// </summary>
internal sealed class Relationship
{
    public const int DefaultCadenceWeeks = 6;

    public Guid Id { get; private set; }

    public Guid RpoOrganisationId { get; private set; }

    public string RpoName { get; private set; } = "";

    public Guid CounterpartId { get; private set; }

    public CounterpartKind Kind { get; private set; }

    public string CounterpartName { get; private set; } = "";

    /// <summary>The coordinator told when the relationship is overdue: whoever last routed to the firm or confirmed the client's brief.</summary>
    public Guid? OwnerId { get; private set; }

    /// <summary>The RPO's own cadence; the firm or client keeps its own in <see cref="CounterpartCadenceWeeks"/>, none until it sets one.</summary>
    public int? CadenceWeeks { get; private set; } = DefaultCadenceWeeks;

    public int? CounterpartCadenceWeeks { get; private set; }

    public DateTime StartedAtUtc { get; private set; }

    public DateTime? LastContactAtUtc { get; private set; }

    /// <summary>When keeping in touch is due for the RPO: the last contact (or the start) plus its cadence; null without a cadence.</summary>
    public DateOnly? DueOn { get; private set; }

    public DateOnly? CounterpartDueOn { get; private set; }

    public string? Highlight { get; private set; }

    public string? NextStep { get; private set; }

    public DateOnly? NextStepOn { get; private set; }

    public string? CounterpartNextStep { get; private set; }

    public DateOnly? CounterpartNextStepOn { get; private set; }

    private Relationship()
    {
    }

    public Relationship(Guid rpoId, string rpoName, Guid counterpartId, CounterpartKind kind, string counterpartName, Guid? ownerId, DateTime startedAtUtc)
    {
        Id = Guid.NewGuid();
        RpoOrganisationId = rpoId;
        RpoName = rpoName;
        CounterpartId = counterpartId;
        Kind = kind;
        CounterpartName = counterpartName;
        OwnerId = ownerId;
        StartedAtUtc = startedAtUtc;
        Schedule();
    }

    public void OwnedBy(Guid coordinatorId) => OwnerId = coordinatorId;

    /// <summary>The owner handed their work over: the colleague keeps in touch from now on, at the same cadence, and the other side is told.</summary>
    public TimelineEntry HandOver(Guid coordinatorId, string name, string fromName, string? note, DateTime nowUtc)
    {
        OwnedBy(coordinatorId);
        return ContactChanged(name, fromName, note, nowUtc);
    }

    /// <summary>The other side's contact at the RPO changed (the coordinator of their briefs, say): what their timeline says.</summary>
    public TimelineEntry ContactChanged(string name, string fromName, string? note, DateTime nowUtc) =>
        new(Id, nowUtc, TimelineKind.NewContact,
            $"{name} took over from {fromName} as the contact at {RpoName}.{(note is null ? "" : $" {fromName} writes: \"{note}\"")}");

    /// <summary>Something worth mentioning when reaching out: "Their candidate was selected for Quality Director in October".</summary>
    public void Highlighted(string highlight) => Highlight = highlight;

    /// <summary>A real contact at <paramref name="atUtc"/> restarts the keep-in-touch clock (an older one recorded late changes nothing).</summary>
    public void Contacted(DateTime atUtc)
    {
        if (LastContactAtUtc is null || atUtc > LastContactAtUtc)
        {
            LastContactAtUtc = atUtc;
            Schedule();
        }
    }

    /// <summary>A contact logged for a day: one that has happened, not long before the relationship began; returns when it counts from.</summary>
    public DateTime ContactLogged(DateOnly on, DateTime nowUtc)
    {
        var today = DateOnly.FromDateTime(nowUtc);
        BusinessRuleException.Require(on <= today, "A contact is logged once it has happened: the date cannot be in the future.", nameof(LogContactCommand.On));
        BusinessRuleException.Require(on >= DateOnly.FromDateTime(StartedAtUtc).AddYears(-1), "That date is long before you began working together.", nameof(LogContactCommand.On));
        var at = on == today ? nowUtc : on.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        Contacted(at);
        return at;
    }

    /// <summary>The side's own next step; the other side's stays as it was, unseen.</summary>
    public void NextStepAgreed(Side side, string step, DateOnly? on)
    {
        if (side == Side.Rpo)
        {
            (NextStep, NextStepOn) = (step, on);
        }
        else
        {
            (CounterpartNextStep, CounterpartNextStepOn) = (step, on);
        }
    }

    public void SetCadence(Side side, int? weeks)
    {
        BusinessRuleException.Require(weeks is null or (>= 1 and <= 52), "Choose a cadence between 1 and 52 weeks, or no cadence.", "CadenceWeeks");
        if (side == Side.Rpo)
        {
            CadenceWeeks = weeks;
        }
        else
        {
            CounterpartCadenceWeeks = weeks;
        }

        Schedule();
    }

    /// <summary>An agreed conversation is the next contact: keeping in touch, on either side, waits for its date.</summary>
    public void ConversationAgreed(DateOnly on)
    {
        DueOn = Later(DueOn, on);
        CounterpartDueOn = Later(CounterpartDueOn, on);

        static DateOnly? Later(DateOnly? due, DateOnly on) => due is { } date && date < on ? on : due;
    }

    /// <summary>What one side keeps for itself: its cadence, when it is due, and its next step.</summary>
    public OwnPlans Own(Side side) => side == Side.Rpo
        ? new(CadenceWeeks, DueOn, NextStep, NextStepOn)
        : new(CounterpartCadenceWeeks, CounterpartDueOn, CounterpartNextStep, CounterpartNextStepOn);

    /// <summary>Due for keeping in touch: its cadence has run out today or before.</summary>
    public bool IsDue(DateOnly today) => DueOn is { } due && due <= today;

    /// <summary>Why to reach out now, drawn from the record: the highlight, and how long since the last contact.</summary>
    public static string Reason(string? highlight, DateTime? lastContactAtUtc, DateTime startedAtUtc)
    {
        var since = lastContactAtUtc is { } last
            ? $"no contact since {last.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}"
            : $"no contact recorded since you began working together on {startedAtUtc.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";
        return highlight is null ? char.ToUpperInvariant(since[0]) + since[1..] : $"{highlight}; {since}";
    }

    private void Schedule()
    {
        DueOn = Due(CadenceWeeks);
        CounterpartDueOn = Due(CounterpartCadenceWeeks);
    }

    private DateOnly? Due(int? cadenceWeeks) => cadenceWeeks is { } weeks ? DateOnly.FromDateTime(LastContactAtUtc ?? StartedAtUtc).AddDays(7 * weeks) : null;
}

/// <summary>The two sides of a relationship: the RPO, and the firm or client it works with.</summary>
internal enum Side
{
    Rpo,
    Counterpart,
}

/// <summary>One side's own keeping in touch, never shown to the other side.</summary>
internal sealed record OwnPlans(int? CadenceWeeks, DateOnly? DueOn, string? NextStep, DateOnly? NextStepOn);
