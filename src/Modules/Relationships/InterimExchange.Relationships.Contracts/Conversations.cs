using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Contracts;

/// <summary>
/// Whom the caller can ask in this relationship, and about which briefs; null when the relationship is not theirs. Without a
/// relationship, <see cref="BriefId"/> names it: for a firm the relationship the brief was routed in, for a coordinator the
/// relationship with the brief's client (a briefing review's clarification).
/// </summary>
public sealed record ConversationOptionsQuery(Caller By, Guid RelationshipId, Guid? BriefId) : IQuery<IRelationships, ConversationOptions?>;

/// <summary>A conversation the caller takes part in (or whose organisation does), times in their zone; null otherwise.</summary>
public sealed record ViewConversationQuery(Caller By, Guid ConversationId) : IQuery<IRelationships, ConversationView?>;

/// <summary>The accepted conversation's calendar file (RFC 5545); null when it is not the caller's or has no time yet.</summary>
public sealed record CalendarQuery(Caller By, Guid ConversationId) : IQuery<IRelationships, CalendarFile?>;

/// <summary>The requests awaiting an answer from the caller's organisation (a client executive: from them), soonest respond-by first, and how many are overdue.</summary>
public sealed record OwedConversationsQuery(Caller By) : IQuery<IRelationships, ConversationsOwed>;

/// <summary>The conversations about one brief the caller can see, newest first.</summary>
public sealed record ConversationsForBriefQuery(Caller By, Guid BriefId) : IQuery<IRelationships, IReadOnlyList<ConversationSummary>>;

/// <summary>
/// One page of one list of the conversations the caller takes part in (an RPO's or a firm's people: their organisation's; a client
/// executive: their own): those agreed and to come, soonest first; those awaiting an answer, soonest answer-by first; those past,
/// latest first.
/// </summary>
public sealed record ListConversationsQuery(Caller By, ConversationList List, int Page, int PageSize) : IQuery<IRelationships, ConversationListPage>;

/// <summary>The lists a person's conversations fall into.</summary>
public enum ConversationList
{
    /// <summary>Agreed, and its time has not come.</summary>
    Upcoming,

    /// <summary>Asked for, or answered with other times: one side owes the answer.</summary>
    Awaiting,

    /// <summary>Its time has come, or it was declined or cancelled.</summary>
    Past,
}

/// <summary>
/// A conversation in a list, from the reader's side: <see cref="When"/> on their clock with the zone named (the agreed time, or the
/// times proposed); <see cref="AnswerFrom"/> "You" or who owes the answer; <see cref="Outcome"/> what became of a past one.
/// </summary>
public sealed record ConversationLine(Guid Id, string Purpose, string? RoleTitle, string With, ConversationState State, string When, bool HasCalendar,
    bool YoursToAnswer, string AnswerFrom, DateOnly RespondBy, bool Overdue, string? Outcome);

/// <summary>A page of one list; <see cref="HasMore"/> says whether a next page holds more.</summary>
public sealed record ConversationListPage(ConversationList List, IReadOnlyList<ConversationLine> Items, int Page, bool HasMore);

public enum ConversationFormat
{
    Phone,
    Video,
    InPerson,
}

public enum ConversationState
{
    Requested,
    Accepted,
    Declined,
    Cancelled,
    Held,
    DidNotHappen,
}

/// <summary>
/// The caller asks someone they work with for a conversation, with its times as the caller's clock shows them
/// (<see cref="Caller.TimeZone"/>). <see cref="ThroughCoordinator"/>: a firm asks to meet the client executive of <see cref="BriefId"/>;
/// the request goes to the coordinator who routed it.
/// </summary>
public sealed record RequestConversationCommand(Caller By, Guid RelationshipId, Guid? With, Guid? BriefId, bool ThroughCoordinator, string? Purpose, string? Agenda,
    ConversationFormat? Format, string? Where, int? Minutes, DateTime? Time1, DateTime? Time2, DateTime? Time3, DateOnly? RespondBy) : ICommand<IRelationships>;

/// <summary>The side that owes an answer proposes other times instead; the coordinator approving a firm's request to meet a client executive names the executive.</summary>
public sealed record ProposeTimesCommand(Caller By, Guid ConversationId, DateTime? Time1, DateTime? Time2, DateTime? Time3, Guid? Guest) : ICommand<IRelationships>;

/// <summary>Accepts one of the proposed times (as UTC, the value the page offered); a coordinator approving names the executive as <see cref="Guest"/>.</summary>
public sealed record AcceptConversationCommand(Caller By, Guid ConversationId, DateTime? StartsAtUtc, Guid? Guest) : ICommand<IRelationships>;

/// <summary>The side that owes an answer declines, with the reason the other side reads.</summary>
public sealed record DeclineConversationCommand(Caller By, Guid ConversationId, string? Reason) : ICommand<IRelationships>;

/// <summary>Moves an accepted conversation to a new time, typed on the caller's clock: everyone receives the calendar update.</summary>
public sealed record MoveConversationCommand(Caller By, Guid ConversationId, DateTime? Time, string? Reason) : ICommand<IRelationships>;

/// <summary>Someone in the conversation cancels it, with the reason everyone in it reads.</summary>
public sealed record CancelConversationCommand(Caller By, Guid ConversationId, string? Reason) : ICommand<IRelationships>;

/// <summary>After the time: what was agreed, and the next step with a date, which becomes a reminder.</summary>
public sealed record RecordConversationCommand(Caller By, Guid ConversationId, string? Agreed, string? NextStep, DateOnly? NextStepOn) : ICommand<IRelationships>;

/// <summary>After the time: the conversation did not happen, and why.</summary>
public sealed record DidNotHappenCommand(Caller By, Guid ConversationId, string? Reason) : ICommand<IRelationships>;

/// <summary>Someone the caller may ask for a conversation.</summary>
public sealed record Contact(Guid UserId, string Name, string OrganisationName);

public sealed record BriefChoice(Guid BriefId, string RoleTitle);

/// <summary>
/// What the request form offers: the people of the other side, the briefs of the relationship, and for a firm the briefs whose
/// client executive it may ask to meet through the coordinator.
/// </summary>
public sealed record ConversationOptions(Guid RelationshipId, string OtherName, IReadOnlyList<Contact> People, IReadOnlyList<BriefChoice> Briefs,
    IReadOnlyList<BriefChoice> ClientExecutiveBriefs, DateOnly DefaultRespondBy);

/// <summary>Where one person in a conversation stands: what they did, or that their answer is awaited.</summary>
public enum ParticipantState
{
    AskedForIt,
    Invited,
    ProposedOtherTimes,
    Accepted,
    Declined,
    BroughtIn,
}

public sealed record Participant(Guid UserId, string Name, string OrganisationName, ParticipantState State);

/// <summary>The latest move of an agreed conversation, as the caller reads it: who, when on their clock, and why.</summary>
public sealed record MoveView(string By, string On, string Reason);

public sealed record ProposedTime(DateTime Utc, string Local);

public sealed record ConversationRecordView(string Name, string OrganisationName, string Agreed, string? NextStep, DateOnly? NextStepOn, DateTime AtUtc);

/// <summary>A conversation as the caller reads it, times in their zone, and what they may do now.</summary>
public sealed record ConversationView(Guid Id, Guid RelationshipId, Guid? BriefId, string? RoleTitle, string Purpose, string? Agenda, ConversationFormat Format, string? Where,
    int Minutes, ConversationState State, IReadOnlyList<Participant> People, string AwaitingName, DateOnly RespondBy, bool Overdue, IReadOnlyList<ProposedTime> Times,
    string? StartsAt, DateTime? StartsAtUtc, int Sequence, string? ClosingReason, MoveView? LastMove, IReadOnlyList<ConversationRecordView> Records, string TimeZone,
    bool CanAnswer, bool CanMove, bool CanRecord, bool NeedsGuest, IReadOnlyList<Contact> GuestChoices, bool ViewerRecorded)
{
    public bool HasCalendar => State is ConversationState.Accepted or ConversationState.Held && StartsAtUtc is not null;
}

public sealed record ConversationSummary(Guid Id, string Purpose, string With, ConversationState State, string When, DateOnly RespondBy, bool Overdue, string? RoleTitle);

public sealed record ConversationsOwed(IReadOnlyList<ConversationSummary> Items, int Overdue);

public sealed record CalendarFile(string FileName, string Content);

/// <summary>The words the pages and emails use for conversations: one copy.</summary>
public static class ConversationWords
{
    public static string Describe(this ConversationFormat format) => format switch
    {
        ConversationFormat.Phone => "Phone",
        ConversationFormat.Video => "Video call",
        _ => "In person",
    };

    public static string Describe(this ConversationState state) => state switch
    {
        ConversationState.Requested => "Awaiting an answer",
        ConversationState.Accepted => "Agreed",
        ConversationState.Declined => "Declined",
        ConversationState.Cancelled => "Cancelled",
        ConversationState.Held => "Held",
        _ => "Did not happen",
    };

    public static string Describe(this ConversationList list) => list switch
    {
        ConversationList.Upcoming => "Upcoming",
        ConversationList.Awaiting => "Awaiting an answer",
        _ => "Past",
    };

    public static string Describe(this ParticipantState state) => state switch
    {
        ParticipantState.AskedForIt => "Asked for the conversation",
        ParticipantState.Invited => "Invited, has not answered yet",
        ParticipantState.ProposedOtherTimes => "Proposed other times",
        ParticipantState.Accepted => "Accepted",
        ParticipantState.Declined => "Declined",
        _ => "Client executive, brought in by the coordinator",
    };

    public static string Describe(this CounterpartKind kind) => kind == CounterpartKind.Firm ? "Specialist firm" : "Client";

    public static string Describe(this PartyKind kind) => kind switch
    {
        PartyKind.Rpo => "RPO",
        PartyKind.Firm => "Specialist firm",
        _ => "Client",
    };

    public static string Describe(this TimelineKind kind) => kind switch
    {
        TimelineKind.Routed => "Brief",
        TimelineKind.Answered => "Answer",
        TimelineKind.Proposal => "Proposal",
        TimelineKind.Outcome => "Outcome",
        TimelineKind.Engagement => "Engagement",
        TimelineKind.Conversation => "Conversation",
        TimelineKind.Contact => "Contact",
        TimelineKind.NewContact => "New contact",
        _ => "Note",
    };

    public static string Describe(this ContactKind kind) => kind switch
    {
        ContactKind.Call => "Call",
        ContactKind.Meeting => "Meeting",
        _ => "Message",
    };
}
