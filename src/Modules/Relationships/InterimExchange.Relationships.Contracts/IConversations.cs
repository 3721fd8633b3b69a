using InterimExchange.BuildingBlocks.Results;

namespace InterimExchange.Relationships.Contracts;

/// <summary>
/// Conversations asked for, agreed and held between the people of a relationship: a purpose, a format, two or three proposed
/// times answered by accepting one, proposing others or declining with a reason, by a respond-by date that is a promise like any
/// other. An accepted conversation is a calendar event for everyone in it. Times come in and go out in the viewer's own zone.
/// </summary>
public interface IConversations
{
    /// <summary>
    /// Whom the viewer can ask in this relationship, and about which briefs; null when the relationship is not theirs. Without a
    /// relationship, <paramref name="briefId"/> names it: for a firm the relationship the brief was routed in, for a coordinator the
    /// relationship with the brief's client (a briefing review's clarification).
    /// </summary>
    Task<ConversationOptions?> OptionsAsync(Viewer viewer, Guid relationshipId, Guid? briefId, CancellationToken cancellationToken);

    Task<Result> RequestAsync(Viewer viewer, RequestConversation input, CancellationToken cancellationToken);

    /// <summary>A conversation the viewer takes part in (or whose organisation does); null otherwise.</summary>
    Task<ConversationView?> GetAsync(Viewer viewer, Guid conversationId, CancellationToken cancellationToken);

    /// <summary>The side that owes an answer proposes other times instead; the coordinator approving a firm's request to meet a client executive names the executive.</summary>
    Task<Result> ProposeTimesAsync(Viewer viewer, ProposeTimes input, CancellationToken cancellationToken);

    Task<Result> AcceptAsync(Viewer viewer, AcceptConversation input, CancellationToken cancellationToken);

    Task<Result> DeclineAsync(Viewer viewer, Guid conversationId, string? reason, CancellationToken cancellationToken);

    /// <summary>Moves an accepted conversation to a new time: everyone receives the calendar update.</summary>
    Task<Result> MoveAsync(Viewer viewer, MoveConversation input, CancellationToken cancellationToken);

    Task<Result> CancelAsync(Viewer viewer, Guid conversationId, string? reason, CancellationToken cancellationToken);

    /// <summary>After the time: what was agreed, and the next step with a date, which becomes a reminder.</summary>
    Task<Result> RecordAsync(Viewer viewer, RecordConversation input, CancellationToken cancellationToken);

    Task<Result> DidNotHappenAsync(Viewer viewer, Guid conversationId, string? reason, CancellationToken cancellationToken);

    /// <summary>The accepted conversation's calendar file (RFC 5545); null when it is not the viewer's or has no time yet.</summary>
    Task<CalendarFile?> CalendarAsync(Viewer viewer, Guid conversationId, CancellationToken cancellationToken);

    /// <summary>The requests awaiting an answer from the viewer's organisation (a client executive: from them), soonest respond-by first, and how many are overdue.</summary>
    Task<ConversationsOwed> OwedAsync(Viewer viewer, CancellationToken cancellationToken);

    /// <summary>The conversations about one brief the viewer can see, newest first.</summary>
    Task<IReadOnlyList<ConversationSummary>> ForBriefAsync(Viewer viewer, Guid briefId, CancellationToken cancellationToken);

    /// <summary>
    /// One page of one list of the conversations the viewer takes part in (an RPO's or a firm's people: their organisation's; a client
    /// executive: their own): those agreed and to come, soonest first; those awaiting an answer, soonest answer-by first; those past,
    /// latest first.
    /// </summary>
    Task<ConversationListPage> ListAsync(Viewer viewer, ConversationList list, int page, int pageSize, CancellationToken cancellationToken);
}

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
/// A request, with its times as the requester's clock shows them (<see cref="Viewer.TimeZone"/>). <see cref="ThroughCoordinator"/>: a
/// firm asks to meet the client executive of <see cref="BriefId"/>; the request goes to the coordinator who routed it.
/// </summary>
public sealed record RequestConversation(Guid RelationshipId, Guid? With, Guid? BriefId, bool ThroughCoordinator, string? Purpose, string? Agenda,
    ConversationFormat? Format, string? Where, int? Minutes, DateTime? Time1, DateTime? Time2, DateTime? Time3, DateOnly? RespondBy);

public sealed record ProposeTimes(Guid ConversationId, DateTime? Time1, DateTime? Time2, DateTime? Time3, Guid? Guest);

/// <summary>Accepts one of the proposed times (as UTC, the value the page offered); a coordinator approving names the executive as <see cref="Guest"/>.</summary>
public sealed record AcceptConversation(Guid ConversationId, DateTime? StartsAtUtc, Guid? Guest);

public sealed record MoveConversation(Guid ConversationId, DateTime? Time, string? Reason);

public sealed record RecordConversation(Guid ConversationId, string? Agreed, string? NextStep, DateOnly? NextStepOn);

/// <summary>Someone the viewer may ask for a conversation.</summary>
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

/// <summary>The latest move of an agreed conversation, as the viewer reads it: who, when on their clock, and why.</summary>
public sealed record MoveView(string By, string On, string Reason);

public sealed record ProposedTime(DateTime Utc, string Local);

public sealed record ConversationRecordView(string Name, string OrganisationName, string Agreed, string? NextStep, DateOnly? NextStepOn, DateTime AtUtc);

/// <summary>A conversation as the viewer reads it, times in their zone, and what they may do now.</summary>
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
