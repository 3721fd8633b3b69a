using InterimExchange.BuildingBlocks.Results;

namespace InterimExchange.Relationships.Contracts;

/// <summary>
/// The relationship between an RPO and a firm or a client it works with, beyond any one brief: one timeline of everything that
/// happened between them, the last real contact, the next step, and a keep-in-touch cadence. Every call names the viewer:
/// an RPO sees its relationships, a firm or a client executive theirs with the RPO, and nobody another organisation's notes.
/// </summary>
public interface IRelationships
{
    /// <summary>The viewer's relationships, the most overdue first, then by name; 25 to a page.</summary>
    Task<RelationshipPage> ListAsync(Viewer viewer, int page, CancellationToken cancellationToken);

    /// <summary>The RPO's relationships past their cadence, soonest overdue first, each with a reason to reach out drawn from the record.</summary>
    Task<KeepInTouchPage> KeepInTouchAsync(Guid rpoId, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>One relationship with a page of its timeline (newest first); null when it is not the viewer's.</summary>
    Task<RelationshipView?> GetAsync(Viewer viewer, Guid relationshipId, int timelinePage, CancellationToken cancellationToken);

    /// <summary>The viewer's side sets how often it wants to be in touch: every so many weeks, or no cadence (null). Only that side reads it.</summary>
    Task<Result> SetCadenceAsync(Viewer viewer, Guid relationshipId, int? weeks, CancellationToken cancellationToken);

    /// <summary>A call, meeting or message, with a line of what was said: it resets the keep-in-touch clock. Private to the viewer's organisation.</summary>
    Task<Result> LogContactAsync(Viewer viewer, LogContact input, CancellationToken cancellationToken);

    /// <summary>A note on the relationship, private to the viewer's organisation.</summary>
    Task<Result> AddNoteAsync(Viewer viewer, AddNote input, CancellationToken cancellationToken);
}

/// <summary>Who is looking or acting: their organisation (the tenant), themselves, and the zone their times are shown in.</summary>
public sealed record Viewer(Guid OrganisationId, string OrganisationName, Guid UserId, string Name, string Email, PartyKind Kind, string TimeZone);

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

public sealed record LogContact(Guid RelationshipId, ContactKind? Kind, DateOnly? On, string? Summary);

public sealed record AddNote(Guid RelationshipId, string? Text);

/// <summary>One relationship in a list, from the viewer's side: the other organisation's name, last contact, and the viewer's own next step, due date and whether it is overdue.</summary>
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
