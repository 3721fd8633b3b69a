using System.Globalization;
using InterimExchange.BuildingBlocks.Time;
using InterimExchange.Relationships.Contracts.IntegrationEvents;

namespace InterimExchange.Relationships.Domain;

/// <summary>Someone in a conversation, as the invitation names them.</summary>
internal sealed record Person(Guid UserId, Guid OrganisationId, string Name, string Email, string OrganisationName, PartyKind Kind, string TimeZone)
{
    public static Person Of(Caller caller) =>
        new(caller.UserId, caller.OrganisationId, caller.Name, caller.Email, caller.OrganisationName, caller.Party(), caller.TimeZone);

    public ConversationParty Party => new(UserId, OrganisationId, Name);

    /// <summary>
    /// Whether the viewer speaks for this person: a colleague at the same RPO or firm does (a team answers for its people); at a
    /// client company only the executive themselves.
    /// </summary>
    public bool SpokenForBy(Caller viewer) => viewer.OrganisationId == OrganisationId && (Kind != PartyKind.Client || viewer.UserId == UserId);
}

/// <summary>The side of a relationship a caller's organisation is on: an RPO's, a firm's or (anyone else) a client's.</summary>
internal static class CallerParty
{
    public static PartyKind Party(this Caller caller) => caller.Kind switch
    {
        OrganisationKind.RpoProvider => PartyKind.Rpo,
        OrganisationKind.SpecialistFirm => PartyKind.Firm,
        _ => PartyKind.Client,
    };
}

/// <summary>What someone recorded after the conversation: what was agreed, and the next step with its date.</summary>
internal sealed record ConversationRecord(Guid UserId, string Name, string OrganisationName, string Agreed, string? NextStep, DateOnly? NextStepOn, DateTime AtUtc);

/// <summary>The latest move of an agreed conversation: who moved it, when, and why (everyone in it reads the reason).</summary>
internal sealed record ConversationMove(string By, string Reason, DateTime AtUtc);

/// <summary>
/// A conversation asked for between the people of a relationship. Its requester proposes two or three times; the other side
/// accepts one, proposes others (back and forth) or declines with a reason, by the respond-by date. A firm's request to meet a
/// client executive goes to the coordinator, who approves it by answering and brings the executive in as the guest. Once agreed
/// it is a calendar event whose SEQUENCE grows with each move and its cancellation; after its time each side records what was agreed.
/// </summary>
internal sealed class Conversation
{
    public Guid Id { get; private set; }

    public Guid RelationshipId { get; private set; }

    public Guid RpoOrganisationId { get; private set; }

    public Guid CounterpartId { get; private set; }

    public Guid? BriefId { get; private set; }

    public string? RoleTitle { get; private set; }

    public string Purpose { get; private set; } = "";

    public string? Agenda { get; private set; }

    public ConversationFormat Format { get; private set; }

    public string? Where { get; private set; }

    public int Minutes { get; private set; }

    public Person Requester { get; private set; } = null!;

    public Person Responder { get; private set; } = null!;

    public Person? Guest { get; private set; }

    public Guid RequesterUserId { get; private set; }

    public Guid ResponderUserId { get; private set; }

    public Guid? GuestUserId { get; private set; }

    public bool ThroughCoordinator { get; private set; }

    public ConversationState State { get; private set; }

    /// <summary>The times on the table, in UTC, soonest first.</summary>
    public List<DateTime> Times { get; private set; } = [];

    public Guid AwaitingUserId { get; private set; }

    public Guid AwaitingOrganisationId { get; private set; }

    public DateOnly RespondBy { get; private set; }

    public DateTime? StartsAtUtc { get; private set; }

    public int Sequence { get; private set; }

    public string? ClosingReason { get; private set; }

    public ConversationMove? LastMove { get; private set; }

    public List<ConversationRecord> Records { get; private set; } = [];

    public DateTime RequestedAtUtc { get; private set; }

    private Conversation()
    {
    }

    public static Conversation Request(Relationship relationship, Person requester, Person responder, bool throughCoordinator, Guid? briefId, string? roleTitle,
        string purpose, string? agenda, ConversationFormat format, string? where, int minutes, IReadOnlyList<DateTime?> timesUtc, DateOnly? respondBy, DateTime nowUtc)
    {
        var conversation = new Conversation
        {
            Id = Guid.NewGuid(),
            RelationshipId = relationship.Id,
            RpoOrganisationId = relationship.RpoOrganisationId,
            CounterpartId = relationship.CounterpartId,
            BriefId = briefId,
            RoleTitle = PlainText.SingleLineOrNull(roleTitle),
            Purpose = purpose,
            Agenda = agenda,
            Format = format,
            Where = PlainText.SingleLineOrNull(where),
            Minutes = minutes,
            Requester = requester,
            Responder = responder,
            RequesterUserId = requester.UserId,
            ResponderUserId = responder.UserId,
            ThroughCoordinator = throughCoordinator,
            State = ConversationState.Requested,
            RequestedAtUtc = nowUtc,
        };
        conversation.Put(timesUtc, minimum: 2, nowUtc);
        var today = DateOnly.FromDateTime(nowUtc);
        var by = respondBy ?? conversation.DefaultRespondBy(today);
        BusinessRuleException.Require(by >= today, "The respond-by date cannot be in the past.", "RespondBy");
        BusinessRuleException.Require(by < DateOnly.FromDateTime(conversation.Times[0]),
            $"Ask for an answer before the first proposed time: by {DateOnly.FromDateTime(conversation.Times[0]).AddDays(-1):d MMMM yyyy} at the latest.", "RespondBy");
        conversation.Await(responder, by);
        return conversation;
    }

    public bool NeedsGuest => ThroughCoordinator && Guest is null;

    public bool IsOverdue(DateOnly today) => State == ConversationState.Requested && new Promise(RespondBy).IsBroken(today);

    public IReadOnlyList<Person> People => Guest is null ? [Requester, Responder] : [Requester, Responder, Guest];

    public IReadOnlyList<ConversationParty> Parties => People.Select(p => p.Party).ToList();

    public bool Includes(Caller viewer) => People.Any(p => p.SpokenForBy(viewer)) || (viewer.Party() == PartyKind.Rpo && viewer.OrganisationId == RpoOrganisationId);

    /// <summary>Whether the viewer's side owes the answer now.</summary>
    public bool AwaitsAnswerFrom(Caller viewer) => State == ConversationState.Requested && Awaiting.SpokenForBy(viewer);

    /// <summary>
    /// Where a person stands, from what they did: the requester asked for it; the side that owed the last answer accepted, declined or
    /// has not answered yet; the other side, if it is the one invited, proposed the times it was answered with; a guest was brought in.
    /// </summary>
    public ParticipantState StateOf(Person person)
    {
        if (person == Guest)
        {
            return ParticipantState.BroughtIn;
        }

        // The side asked last is the one that answered, or still owes the answer.
        var asked = person.OrganisationId == AwaitingOrganisationId;
        return asked && State == ConversationState.Declined ? ParticipantState.Declined
            : asked && StartsAtUtc is not null ? ParticipantState.Accepted
            : person == Requester ? ParticipantState.AskedForIt
            : asked ? ParticipantState.Invited
            : ParticipantState.ProposedOtherTimes;
    }

    private Person Awaiting => AwaitingUserId == Requester.UserId ? Requester : Responder;

    /// <summary>The usual time to answer a request for a conversation: two working days.</summary>
    public static DateOnly UsualRespondBy(DateOnly today) => BusinessDays.Add(today, 2);

    /// <summary>The default respond-by date: the usual two working days, but never on or after the day of the first proposed time.</summary>
    public DateOnly DefaultRespondBy(DateOnly today)
    {
        var latest = Times.Count == 0 ? DateOnly.MaxValue : DateOnly.FromDateTime(Times[0]).AddDays(-1);
        var by = UsualRespondBy(today);
        return by > latest ? (latest < today ? today : latest) : by;
    }

    public ConversationTimesProposed ProposeTimes(Caller by, IReadOnlyList<DateTime?> timesUtc, Person? guest, DateTime nowUtc)
    {
        var answering = Answering(by);
        BringGuest(answering, guest);
        Put(timesUtc, minimum: 1, nowUtc);
        var other = answering == Requester ? Responder : Requester;
        Await(other, DefaultRespondBy(DateOnly.FromDateTime(nowUtc)));
        return new ConversationTimesProposed(Id, Purpose, answering.Party, other.Party, RespondBy, nowUtc);
    }

    public ConversationAccepted Accept(Caller by, DateTime? startsAtUtc, Person? guest, DateTime nowUtc)
    {
        var answering = Answering(by);
        BringGuest(answering, guest);
        BusinessRuleException.Require(startsAtUtc is { } start && Times.Contains(start), "Choose one of the proposed times.", "StartsAtUtc");
        BusinessRuleException.Require(startsAtUtc > nowUtc, "That time has passed: propose other times instead.", "StartsAtUtc");
        StartsAtUtc = startsAtUtc;
        State = ConversationState.Accepted;
        return new ConversationAccepted(Id, Purpose, answering.Party, Parties, StartsAtUtc!.Value, Minutes, nowUtc);
    }

    public ConversationDeclined Decline(Caller by, string reason, DateTime nowUtc)
    {
        var answering = Answering(by);
        State = ConversationState.Declined;
        ClosingReason = PlainText.SingleLine(reason);
        return new ConversationDeclined(Id, Purpose, answering.Party, (answering == Requester ? Responder : Requester).Party, reason, nowUtc);
    }

    public ConversationMoved Move(Caller by, DateTime? toUtc, string reason, DateTime nowUtc)
    {
        var mover = Participant(by);
        BusinessRuleException.Require(State == ConversationState.Accepted, "Only an agreed conversation that has not taken place can be moved.");
        BusinessRuleException.Require(toUtc is { } to && to > nowUtc, "Choose a time in the future.", "Time");
        BusinessRuleException.Require(toUtc != StartsAtUtc, "That is the time already agreed.", "Time");
        StartsAtUtc = toUtc;
        Times = [toUtc!.Value];
        Sequence++;
        LastMove = new ConversationMove(by.Name, PlainText.SingleLine(reason), nowUtc);
        return new ConversationMoved(Id, Purpose, mover.Party, Parties, toUtc.Value, reason, Sequence, nowUtc);
    }

    public ConversationCancelled Cancel(Caller by, string reason, DateTime nowUtc)
    {
        var canceller = Participant(by);
        BusinessRuleException.Require(State is ConversationState.Requested or ConversationState.Accepted, "Only a conversation not yet held or closed can be cancelled.");
        BusinessRuleException.Require(State == ConversationState.Requested || StartsAtUtc > nowUtc,
            "The conversation's time has passed: record what was agreed, or that it did not happen.");
        var wasAgreed = State == ConversationState.Accepted;
        State = ConversationState.Cancelled;
        ClosingReason = PlainText.SingleLine(reason);
        Sequence++;
        return new ConversationCancelled(Id, Purpose, canceller.Party, Parties, reason, nowUtc, wasAgreed);
    }

    public ConversationHeld Record(Caller by, string agreed, string? nextStep, DateOnly? nextStepOn, DateTime nowUtc)
    {
        var recorder = Participant(by);
        AfterItsTime(nowUtc);
        BusinessRuleException.Require(nextStepOn is null || nextStep is not null, "Say what the next step is, or leave its date empty.", "NextStep");
        BusinessRuleException.Require(nextStepOn is null || nextStepOn >= DateOnly.FromDateTime(nowUtc), "The next step's date cannot be in the past.", "NextStepOn");
        Records.RemoveAll(r => r.UserId == by.UserId);
        Records = [.. Records, new ConversationRecord(by.UserId, by.Name, recorder.OrganisationName, agreed, nextStep, nextStepOn, nowUtc)];
        State = ConversationState.Held;
        return new ConversationHeld(Id, RelationshipId, Purpose, recorder.Party with { UserId = by.UserId, Name = by.Name }, Parties, agreed, nextStep, nextStepOn, nowUtc);
    }

    public ConversationDidNotHappen DidNotHappen(Caller by, string reason, DateTime nowUtc)
    {
        var marker = Participant(by);
        BusinessRuleException.Require(State == ConversationState.Accepted, "Only an agreed conversation that nobody has recorded can be marked as not having happened.");
        AfterItsTime(nowUtc);
        State = ConversationState.DidNotHappen;
        ClosingReason = PlainText.SingleLine(reason);
        return new ConversationDidNotHappen(Id, RelationshipId, Purpose, marker.Party, Parties, reason, nowUtc);
    }

    /// <summary>
    /// The person <paramref name="fromUserId"/> handed their work to a colleague: in a conversation not yet held or closed the colleague
    /// takes their place (as its organiser, if they asked for it), and an agreed one's calendar event is updated. False when nothing changed.
    /// </summary>
    public bool HandOver(Guid fromUserId, Guid toUserId, string name, string email, string timeZone)
    {
        if (State is not (ConversationState.Requested or ConversationState.Accepted) || People.All(p => p.UserId != fromUserId))
        {
            return false;
        }

        Person Successor(Person person) => person.UserId == fromUserId ? person with { UserId = toUserId, Name = name, Email = email, TimeZone = timeZone } : person;
        Requester = Successor(Requester);
        Responder = Successor(Responder);
        Guest = Guest is null ? null : Successor(Guest);
        RequesterUserId = Requester.UserId;
        ResponderUserId = Responder.UserId;
        GuestUserId = Guest?.UserId;
        if (AwaitingUserId == fromUserId)
        {
            AwaitingUserId = toUserId;
        }

        if (State == ConversationState.Accepted)
        {
            Sequence++;
        }

        return true;
    }

    /// <summary>"Tue 3 Nov 2026, 10:00 (Europe/Amsterdam, CET), 45 minutes, video call": the agreed time as one reader sees it.</summary>
    public string When(string zone) => StartsAtUtc is { } start
        ? $"{LocalTimes.Describe(start, zone)}, {Minutes} minutes, {Format.Describe().ToLower(CultureInfo.InvariantCulture)}"
        : string.Join(" or ", Times.Select(t => LocalTimes.Describe(t, zone)));

    private Person Answering(Caller by)
    {
        BusinessRuleException.Require(State == ConversationState.Requested, "This request has already been answered.");
        BusinessRuleException.Require(Awaiting.SpokenForBy(by), $"The answer is {Awaiting.Name}'s to give: you proposed the times on the table.");
        // Whoever answers for their side is the person who attends.
        var answering = Awaiting with { UserId = by.UserId, Name = by.Name, Email = by.Email, TimeZone = by.TimeZone };
        if (Awaiting == Requester)
        {
            Requester = answering;
            RequesterUserId = by.UserId;
        }
        else
        {
            Responder = answering;
            ResponderUserId = by.UserId;
        }

        return answering;
    }

    private void BringGuest(Person answering, Person? guest)
    {
        if (!NeedsGuest)
        {
            return;
        }

        BusinessRuleException.Require(answering == Responder, "The coordinator brings the client executive in.");
        BusinessRuleException.Require(guest is not null, "Choose the client executive who will join the conversation.", "Guest");
        Guest = guest;
        GuestUserId = guest!.UserId;
    }

    private Person Participant(Caller by) =>
        People.FirstOrDefault(p => p.SpokenForBy(by)) is { } person
            ? person
            : throw new BusinessRuleException("Only the people in this conversation can change it.");

    private void AfterItsTime(DateTime nowUtc) =>
        BusinessRuleException.Require(StartsAtUtc is { } start && nowUtc >= start && State is ConversationState.Accepted or ConversationState.Held,
            "You can record the conversation once its time has come.");

    private void Await(Person person, DateOnly respondBy)
    {
        AwaitingUserId = person.UserId;
        AwaitingOrganisationId = person.OrganisationId;
        RespondBy = respondBy;
    }

    /// <summary>Puts proposed times on the table: in the future, not overlapping one another, soonest first.</summary>
    private void Put(IReadOnlyList<DateTime?> timesUtc, int minimum, DateTime nowUtc)
    {
        var given = timesUtc.Select((time, index) => (Time: time, Field: $"Time{index + 1}")).Where(t => t.Time is not null).ToList();
        BusinessRuleException.Require(given.Count >= minimum,
            minimum == 1 ? "Propose at least one time." : "Propose two or three times, so that the other side can choose.", given.Count == 0 ? "Time1" : $"Time{given.Count + 1}");
        foreach (var (time, field) in given)
        {
            BusinessRuleException.Require(time > nowUtc, "This time has passed: choose a time in the future.", field);
        }

        var ordered = given.OrderBy(t => t.Time).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            BusinessRuleException.Require(ordered[i].Time >= ordered[i - 1].Time!.Value.AddMinutes(Minutes),
                $"This time overlaps another proposed time for a {Minutes}-minute conversation: leave at least {Minutes} minutes between them.", ordered[i].Field);
        }

        Times = ordered.Select(t => t.Time!.Value).ToList();
    }
}
