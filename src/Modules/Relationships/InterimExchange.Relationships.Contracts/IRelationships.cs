using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Contracts;

/// <summary>
/// The Relationships module's entry. The relationship between an RPO and a firm or a client it works with, beyond any one brief:
/// one timeline of everything that happened between them, the last real contact, the next step, and a keep-in-touch cadence; and
/// the conversations asked for, agreed and held between their people, times in and out in the caller's own zone. Every use case
/// names the caller: an RPO sees its relationships, a firm or a client executive theirs with the RPO, and nobody another
/// organisation's notes.
/// </summary>
public interface IRelationships : IModuleEntry<IRelationships>;

/// <summary>The caller's relationships, the most overdue first, then by name; 25 to a page.</summary>
public sealed record ListRelationshipsQuery(Caller By, int Page) : IQuery<IRelationships, RelationshipPage>;

/// <summary>The caller's RPO's relationships past their cadence, soonest overdue first, each with a reason to reach out drawn from the record.</summary>
public sealed record KeepInTouchQuery(Caller By, int Page, int PageSize) : IQuery<IRelationships, KeepInTouchPage>;

/// <summary>One relationship with a page of its timeline (newest first); null when it is not the caller's.</summary>
public sealed record ViewRelationshipQuery(Caller By, Guid RelationshipId, int TimelinePage) : IQuery<IRelationships, RelationshipView?>;

/// <summary>The caller's side sets how often it wants to be in touch: every so many weeks, or no cadence (null). Only that side reads it.</summary>
public sealed record SetCadenceCommand(Caller By, Guid RelationshipId, int? Weeks) : ICommand<IRelationships>;

/// <summary>A call, meeting or message, with a line of what was said: it resets the keep-in-touch clock. Private to the caller's organisation.</summary>
public sealed record LogContactCommand(Caller By, Guid RelationshipId, ContactKind? Kind, DateOnly? On, string? Summary) : ICommand<IRelationships>;

/// <summary>A note on the relationship, private to the caller's organisation.</summary>
public sealed record AddNoteCommand(Caller By, Guid RelationshipId, string? Text) : ICommand<IRelationships>;

public enum PartyKind
{
    Rpo,
    Firm,
    Client,
}

/// <summary>Whom an RPO has a relationship with.</summary>
public enum CounterpartKind
{
    Firm,
    Client,
}

public enum ContactKind
{
    Call,
    Meeting,
    Message,
}

public enum TimelineKind
{
    Routed,
    Answered,
    Proposal,
    Outcome,
    Engagement,
    Conversation,
    Contact,
    Note,
    NewContact,
}

/// <summary>One relationship in a list, from the caller's side: the other organisation's name, last contact, and the caller's own next step, due date and whether it is overdue.</summary>
public sealed record RelationshipSummary(Guid Id, string OtherName, CounterpartKind Kind, DateTime? LastContactAtUtc, DateOnly? DueOn, string? NextStep, DateOnly? NextStepOn,
    int? CadenceWeeks, bool Overdue);

public sealed record RelationshipPage(IReadOnlyList<RelationshipSummary> Items, int Page, int Pages, int Total);

/// <summary>A relationship past its cadence, and why to reach out now.</summary>
public sealed record KeepInTouchItem(Guid RelationshipId, string Name, CounterpartKind Kind, DateOnly DueOn, int DaysOverdue, string Reason);

public sealed record KeepInTouchPage(IReadOnlyList<KeepInTouchItem> Items, int Total);

public sealed record TimelineItem(DateTime AtUtc, TimelineKind Kind, string Text, bool Private, Guid? ConversationId);

public sealed record RelationshipView(Guid Id, Guid RpoOrganisationId, string RpoName, Guid CounterpartId, string CounterpartName, CounterpartKind Kind, bool ViewerIsRpo,
    int? CadenceWeeks, DateTime StartedAtUtc, DateTime? LastContactAtUtc, DateOnly? DueOn, string? NextStep, DateOnly? NextStepOn, string? Reason,
    IReadOnlyList<ConversationSummary> Conversations, IReadOnlyList<TimelineItem> Timeline, int TimelinePage, int TimelinePages)
{
    public string OtherName => ViewerIsRpo ? CounterpartName : RpoName;
}
