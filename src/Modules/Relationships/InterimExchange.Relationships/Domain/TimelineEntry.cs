namespace InterimExchange.Relationships.Domain;

/// <summary>
/// One thing that happened between the two organisations, in words both can read, unless <see cref="PrivateTo"/> names the one
/// organisation that wrote it (its notes and logged contacts).
/// </summary>
internal sealed class TimelineEntry(Guid relationshipId, DateTime atUtc, TimelineKind kind, string text, Guid? privateTo = null, Guid? briefId = null,
    Guid? conversationId = null)
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid RelationshipId { get; private set; } = relationshipId;

    public DateTime AtUtc { get; private set; } = atUtc;

    public TimelineKind Kind { get; private set; } = kind;

    public string Text { get; private set; } = text;

    public Guid? PrivateTo { get; private set; } = privateTo;

    public Guid? BriefId { get; private set; } = briefId;

    public Guid? ConversationId { get; private set; } = conversationId;
}

/// <summary>A brief routed to a firm within a relationship, and the coordinator who routed it: a firm's way to the client executive runs through them.</summary>
internal sealed class RoutedBrief(Guid briefId, Guid firmId, Guid relationshipId, string roleTitle, Guid coordinatorId)
{
    public Guid BriefId { get; private set; } = briefId;

    public Guid FirmId { get; private set; } = firmId;

    public Guid RelationshipId { get; private set; } = relationshipId;

    public string RoleTitle { get; private set; } = roleTitle;

    public Guid CoordinatorId { get; private set; } = coordinatorId;

    /// <summary>The coordinator left or went on leave: the firm's way to the client runs through the colleague now.</summary>
    public void HandOver(Guid coordinatorId) => CoordinatorId = coordinatorId;
}

/// <summary>A confirmed brief's client, so that a firm's request to meet its executive reaches the right people.</summary>
internal sealed class BriefClient(Guid briefId, Guid rpoOrganisationId, Guid clientOrganisationId, string roleTitle)
{
    public Guid BriefId { get; private set; } = briefId;

    public Guid RpoOrganisationId { get; private set; } = rpoOrganisationId;

    public Guid ClientOrganisationId { get; private set; } = clientOrganisationId;

    public string RoleTitle { get; private set; } = roleTitle;
}

/// <summary>A reminder sent: unique per subject, kind and day (ADR 0005), so that no run or instance sends it twice.</summary>
internal sealed class SentReminder(Guid subjectId, string kind, DateOnly day)
{
    public Guid SubjectId { get; private set; } = subjectId;

    public string Kind { get; private set; } = kind;

    public DateOnly Day { get; private set; } = day;
}
