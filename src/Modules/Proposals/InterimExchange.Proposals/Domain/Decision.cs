using InterimExchange.BuildingBlocks.Time;
using InterimExchange.Proposals.Contracts.IntegrationEvents;
using InterimExchange.Routing.Contracts;

namespace InterimExchange.Proposals.Domain;

/// <summary>
/// What a firm awaits from the RPO on one brief: the routed brief until a proposal arrives, then the proposal, then each
/// shortlisted candidate. It has an owner and a decision-by date until it gets its outcome.
/// </summary>
internal sealed class Decision
{
    public Guid Id { get; private set; }

    public Guid BriefId { get; private set; }

    public Guid RpoOrganisationId { get; private set; }

    public string RoleTitle { get; private set; } = "";

    public Guid FirmId { get; private set; }

    public string FirmName { get; private set; } = "";

    public RoutingChannel Channel { get; private set; }

    public DecisionSubject Subject { get; private set; }

    public Guid? ProposalId { get; private set; }

    public Guid? CandidateId { get; private set; }

    public string? CandidateAlias { get; private set; }

    public Guid OwnerId { get; private set; }

    public string OwnerName { get; private set; } = "";

    public DateOnly DecisionBy { get; private set; }

    public Outcome? Outcome { get; private set; }

    public NotProgressedReason? Reason { get; private set; }

    public string? Message { get; private set; }

    public bool Automated { get; private set; }

    public DateOnly? ReviewDate { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    /// <summary>Put on hold, then opened again as a new decision when the brief resumed.</summary>
    public bool Reopened { get; private set; }

    public bool IsOpen => Outcome is null;

    public string What => OutcomeWords.What(Subject, CandidateAlias);

    private Decision()
    {
    }

    public static Decision ForRoutedBrief(InboxItem item, Guid ownerId, string ownerName, DateOnly decisionBy) => new()
    {
        Id = Guid.NewGuid(),
        BriefId = item.BriefId,
        RpoOrganisationId = item.RpoOrganisationId,
        RoleTitle = item.RoleTitle,
        FirmId = item.FirmId,
        FirmName = item.FirmName,
        Channel = item.Channel,
        Subject = DecisionSubject.RoutedBrief,
        OwnerId = ownerId,
        OwnerName = ownerName,
        DecisionBy = decisionBy,
    };

    /// <summary>A shortlisted candidate is a decision of its own, owned by whoever owned the proposal.</summary>
    public Decision ForCandidate(Guid candidateId, string alias, DateOnly decisionBy)
    {
        var candidate = Open(decisionBy);
        candidate.Subject = DecisionSubject.Candidate;
        candidate.CandidateId = candidateId;
        candidate.CandidateAlias = alias;
        return candidate;
    }

    /// <summary>A brief resumed from hold: what was told "on hold" is awaited again, by a new date.</summary>
    public Decision Reopen(DateOnly decisionBy)
    {
        if (Outcome != Contracts.Outcome.BriefOnHold || Reopened)
        {
            throw new BusinessRuleException($"The {What} of {FirmName} is not on hold.");
        }

        Reopened = true;
        return Open(decisionBy);
    }

    /// <summary>A new open decision on the same brief, firm and subject.</summary>
    private Decision Open(DateOnly decisionBy)
    {
        var open = (Decision)MemberwiseClone();
        open.Id = Guid.NewGuid();
        open.DecisionBy = decisionBy;
        open.Outcome = null;
        open.Reason = null;
        open.Message = null;
        open.Automated = false;
        open.ReviewDate = null;
        open.DecidedAtUtc = null;
        open.Reopened = false;
        return open;
    }

    /// <summary>The proposal takes over the routed brief's place and its promised date.</summary>
    public void ProposalArrived(Guid proposalId)
    {
        if (IsOpen && Subject == DecisionSubject.RoutedBrief)
        {
            Subject = DecisionSubject.Proposal;
            ProposalId = proposalId;
        }
    }

    /// <summary>Whether the decision is still owed, now or when its brief resumes from hold.</summary>
    public bool IsOwed => IsOpen || (Outcome == Contracts.Outcome.BriefOnHold && !Reopened);

    /// <summary>The owner left or went on leave: a colleague owes the decision from now on.</summary>
    public void HandOver(Guid ownerId, string ownerName)
    {
        OwnerId = ownerId;
        OwnerName = ownerName;
    }

    public int DaysOverdue(DateOnly today) => IsOpen ? new Promise(DecisionBy).DaysOverdue(today) : 0;

    public DecisionDateMoved Move(DateOnly to, string reason, string by, DateTime nowUtc)
    {
        if (!IsOpen)
        {
            throw new BusinessRuleException("This item already has its outcome; its date no longer moves.");
        }

        if (to <= DateOnly.FromDateTime(nowUtc))
        {
            throw new BusinessRuleException("Choose a date after today.");
        }

        if (to == DecisionBy)
        {
            throw new BusinessRuleException("That is the date the firm was already promised.");
        }

        var from = DecisionBy;
        DecisionBy = to;
        return new DecisionDateMoved(Id, BriefId, RpoOrganisationId, FirmId, Channel, RoleTitle, What, from, to, reason, by, nowUtc);
    }

    /// <summary>Records the outcome; the firm's own acts (declining, withdrawing) settle an item without a message to send.</summary>
    public OutcomeGiven? Give(Outcome outcome, string message, bool automated, DateTime nowUtc, NotProgressedReason? reason = null, DateOnly? reviewDate = null)
    {
        if (!IsOpen)
        {
            throw new BusinessRuleException($"The {What} of {FirmName} already has its outcome.");
        }

        Outcome = outcome;
        Reason = reason;
        Message = message;
        Automated = automated;
        ReviewDate = reviewDate;
        DecidedAtUtc = nowUtc;
        return outcome is Contracts.Outcome.DeclinedByFirm or Contracts.Outcome.WithdrawnByFirm
            ? null
            : new OutcomeGiven(Id, BriefId, RpoOrganisationId, FirmId, Channel, RoleTitle, What, outcome, message, automated, DecisionBy, nowUtc);
    }
}

/// <summary>One line of a firm's timeline on a brief: routed, answered, proposed, each outcome, each moved date.</summary>
internal sealed class TimelineEntry(Guid briefId, Guid firmId, DateTime atUtc, string text)
{
    public long Id { get; private set; }

    public Guid BriefId { get; private set; } = briefId;

    public Guid FirmId { get; private set; } = firmId;

    public DateTime AtUtc { get; private set; } = atUtc;

    public string Text { get; private set; } = text;
}

/// <summary>An RPO's default decision-by dates, in working days.</summary>
internal sealed class DecisionPolicy(Guid rpoOrganisationId, int daysAfterProposalsDue, int daysAfterShortlisting)
{
    public Guid RpoOrganisationId { get; private set; } = rpoOrganisationId;

    public int DaysAfterProposalsDue { get; set; } = daysAfterProposalsDue;

    public int DaysAfterShortlisting { get; set; } = daysAfterShortlisting;
}

/// <summary>
/// A reminder sent for a decision on a day. Unique per decision and day, so that when several app instances run the
/// reminder at once only the first one's is saved.
/// </summary>
internal sealed class DecisionReminder(Guid decisionId, DateOnly day)
{
    public Guid DecisionId { get; private set; } = decisionId;

    public DateOnly Day { get; private set; } = day;
}

/// <summary>A review reminder sent for an engagement on a day (ADR 0005).</summary>
internal sealed class EngagementReminder(Guid engagementId, DateOnly day)
{
    public Guid EngagementId { get; private set; } = engagementId;

    public DateOnly Day { get; private set; } = day;
}
