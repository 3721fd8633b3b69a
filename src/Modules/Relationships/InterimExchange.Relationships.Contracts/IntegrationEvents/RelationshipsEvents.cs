namespace InterimExchange.Relationships.Contracts.IntegrationEvents;

/// <summary>Someone in a conversation: the person and the organisation they speak for.</summary>
public sealed record ConversationParty(Guid UserId, Guid OrganisationId, string Name);

public sealed record ConversationRequested(Guid ConversationId, Guid RelationshipId, Guid? BriefId, string Purpose, ConversationParty From, ConversationParty To,
    bool ThroughCoordinator, DateOnly RespondBy, DateTime AtUtc);

/// <summary>One side proposed other times; <paramref name="Awaiting"/> now owes the answer.</summary>
public sealed record ConversationTimesProposed(Guid ConversationId, string Purpose, ConversationParty By, ConversationParty Awaiting, DateOnly RespondBy, DateTime AtUtc);

public sealed record ConversationAccepted(Guid ConversationId, string Purpose, ConversationParty By, IReadOnlyList<ConversationParty> People, DateTime StartsAtUtc,
    int Minutes, DateTime AtUtc);

public sealed record ConversationMoved(Guid ConversationId, string Purpose, ConversationParty By, IReadOnlyList<ConversationParty> People, DateTime StartsAtUtc,
    string Reason, int Sequence, DateTime AtUtc);

/// <summary>
/// The side asked to answer a request gave its answer (accepted a time, proposed others or declined), <paramref name="By"/> speaking
/// for it: what asked that side for the answer is done.
/// </summary>
public sealed record ConversationAnswered(Guid ConversationId, ConversationParty By, DateTime AtUtc);

public sealed record ConversationDeclined(Guid ConversationId, string Purpose, ConversationParty By, ConversationParty Requester, string Reason, DateTime AtUtc);

/// <summary>A conversation was cancelled before it took place; <paramref name="WasAgreed"/>: it had a time, so everyone in it was emailed the calendar cancellation.</summary>
public sealed record ConversationCancelled(Guid ConversationId, string Purpose, ConversationParty By, IReadOnlyList<ConversationParty> People, string Reason, DateTime AtUtc,
    bool WasAgreed = false);

/// <summary>One side recorded what was agreed (the first record marks the conversation held).</summary>
public sealed record ConversationHeld(Guid ConversationId, Guid RelationshipId, string Purpose, ConversationParty By, IReadOnlyList<ConversationParty> People,
    string Agreed, string? NextStep, DateOnly? NextStepOn, DateTime AtUtc);

public sealed record ConversationDidNotHappen(Guid ConversationId, Guid RelationshipId, string Purpose, ConversationParty By, IReadOnlyList<ConversationParty> People,
    string Reason, DateTime AtUtc);

/// <summary>An organisation recorded a call, meeting or message with the other side; what was said stays private to it.</summary>
public sealed record ContactLogged(Guid RelationshipId, Guid RpoOrganisationId, Guid CounterpartId, Guid ByOrganisationId, ContactKind Kind, DateOnly On, DateTime AtUtc);

/// <summary>A relationship passed its keep-in-touch cadence: its owner is told once per overdue period, with a reason to reach out.</summary>
public sealed record RelationshipOverdue(Guid RelationshipId, Guid RpoOrganisationId, Guid? OwnerId, string Name, DateOnly DueOn, string Reason, DateTime AtUtc);

/// <summary>
/// A request's respond-by date is tomorrow (<paramref name="DaysOverdue"/> 0) or has passed: the person who owes the answer is
/// reminded, and once it has passed their organisation's admins are told too.
/// </summary>
public sealed record ConversationAnswerDue(Guid ConversationId, string Purpose, ConversationParty Awaiting, ConversationParty From, DateOnly RespondBy, int DaysOverdue,
    DateTime AtUtc);

/// <summary>An agreed conversation is tomorrow: everyone in it is reminded.</summary>
public sealed record ConversationComingUp(Guid ConversationId, string Purpose, IReadOnlyList<ConversationParty> People, DateTime StartsAtUtc, DateTime AtUtc);

/// <summary>An agreed conversation's time has passed: everyone in it is asked for one line of what was agreed.</summary>
public sealed record ConversationFollowUpDue(Guid ConversationId, string Purpose, IReadOnlyList<ConversationParty> People, DateTime AtUtc);

/// <summary>The next step someone recorded after a conversation is due today: they are reminded.</summary>
public sealed record NextStepDue(Guid ConversationId, Guid RelationshipId, ConversationParty Person, string NextStep, DateOnly On, DateTime AtUtc);
