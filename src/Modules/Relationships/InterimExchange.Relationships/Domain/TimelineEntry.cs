namespace InterimExchange.Relationships.Domain;

/// <summary>
/// One thing that happened between the two organisations, in words both can read, unless <see cref="PrivateTo"/> names the one
/// organisation that wrote it (its notes and logged contacts).
/// </summary>
internal sealed class TimelineEntry
{
    public Guid Id { get; private set; }

    public Guid RelationshipId { get; private set; }

    public DateTime AtUtc { get; private set; }

    public TimelineKind Kind { get; private set; }

    public string Text { get; private set; } = "";

    public Guid? PrivateTo { get; private set; }

    public Guid? BriefId { get; private set; }

    public Guid? ConversationId { get; private set; }

    private TimelineEntry()
    {
    }

    public TimelineEntry(Guid relationshipId, DateTime atUtc, TimelineKind kind, string text, Guid? privateTo = null, Guid? briefId = null, Guid? conversationId = null)
    {
        Id = Guid.NewGuid();
        RelationshipId = relationshipId;
        AtUtc = atUtc;
        Kind = kind;
        Text = text;
        PrivateTo = privateTo;
        BriefId = briefId;
        ConversationId = conversationId;
    }
}

/// <summary>A brief routed to a firm within a relationship, and the coordinator who routed it: a firm's way to the client executive runs through them.</summary>
internal sealed class RoutedBrief
{
    public Guid BriefId { get; private set; }

    public Guid FirmId { get; private set; }

    public Guid RelationshipId { get; private set; }

    public string RoleTitle { get; private set; } = "";

    public Guid CoordinatorId { get; private set; }

    private RoutedBrief()
    {
    }

    /// <summary>The coordinator left or went on leave: the firm's way to the client runs through the colleague now.</summary>
    public void HandOver(Guid coordinatorId) => CoordinatorId = coordinatorId;

    public RoutedBrief(Guid briefId, Guid firmId, Guid relationshipId, string roleTitle, Guid coordinatorId)
    {
        BriefId = briefId;
        FirmId = firmId;
        RelationshipId = relationshipId;
        RoleTitle = roleTitle;
        CoordinatorId = coordinatorId;
    }
}

/// <summary>A confirmed brief's client, so that a firm's request to meet its executive reaches the right people.</summary>
internal sealed class BriefClient
{
    public Guid BriefId { get; private set; }

    public Guid RpoOrganisationId { get; private set; }

    public Guid ClientOrganisationId { get; private set; }

    public string RoleTitle { get; private set; } = "";

    private BriefClient()
    {
    }

    public BriefClient(Guid briefId, Guid rpoId, Guid clientOrganisationId, string roleTitle)
    {
        BriefId = briefId;
        RpoOrganisationId = rpoId;
        ClientOrganisationId = clientOrganisationId;
        RoleTitle = roleTitle;
    }
}

/// <summary>A reminder sent: unique per subject, kind and day (ADR 0005), so that no run or instance sends it twice.</summary>
internal sealed class SentReminder
{
    public Guid SubjectId { get; private set; }

    public string Kind { get; private set; } = "";

    public DateOnly Day { get; private set; }

    private SentReminder()
    {
    }

    public SentReminder(Guid subjectId, string kind, DateOnly day)
    {
        SubjectId = subjectId;
        Kind = kind;
        Day = day;
    }
}
