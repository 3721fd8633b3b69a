using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Results;
using InterimExchange.BuildingBlocks.UseCases;
using InterimExchange.Routing.Contracts;

namespace InterimExchange.Proposals.Contracts;

// Nobody left waiting: every routed brief, proposal and shortlisted candidate has an owner and a decision-by date the firm can
// see, until it gets its outcome. Closing a brief (filled, on hold, withdrawn) gives every open item its outcome, after the
// coordinator has seen who will be told what.

/// <summary>The caller's RPO's open items by decision-by date, the ghosting count (overdue without an outcome) and its default dates.</summary>
public sealed record ViewDecisionsQuery(Caller By) : IQuery<IProposals, DecisionBoard>;

/// <summary>Every item of one of the caller's RPO's briefs, open and decided; null when the brief is not the RPO's or was never routed.</summary>
public sealed record ViewBriefDecisionsQuery(Caller By, Guid BriefId) : IQuery<IProposals, BriefDecisions?>;

/// <summary>Who will be told what if the brief closes this way, or why it cannot close so; null when the brief is not the caller's RPO's.</summary>
public sealed record PreviewClosingQuery(Caller By, Guid BriefId, BriefClosing Closing) : IQuery<IProposals, ClosingPreview?>;

/// <summary>
/// The coordinator closes the brief and gives every open item its outcome: their personal message where one is given
/// (by decision id), otherwise an automated message that says it is automated.
/// </summary>
public sealed record CloseBriefCommand(Caller By, Guid BriefId, BriefClosing Closing, IReadOnlyDictionary<Guid, string> PersonalMessages) : ICommand<IProposals>;

/// <summary>The coordinator tells a firm one item does not progress, with a reason from the list and personal feedback.</summary>
public sealed record NotProgressCommand(Caller By, Guid BriefId, Guid DecisionId, NotProgressedReason? Reason, string? Feedback) : ICommand<IProposals>;

/// <summary>The coordinator moves an open item's decision-by date; the firm sees the new date and the reason.</summary>
public sealed record MoveDecisionDateCommand(Caller By, Guid BriefId, Guid DecisionId, DateOnly? MoveTo, string? MoveReason) : ICommand<IProposals>;

/// <summary>
/// Where the caller's organisation (a firm, or an RPO's sourcing team) stands on a brief routed to it: the decisions it awaits
/// and its timeline; null when the brief was not routed to it.
/// </summary>
public sealed record ViewFirmTimelineQuery(Caller By, Guid BriefId) : IQuery<IProposals, FirmTimeline?>;

/// <summary>The caller's RPO sets its default decision-by dates, in working days after proposals are due and after shortlisting.</summary>
public sealed record SetDecisionPolicyCommand(Caller By, int DaysAfterProposalsDue, int DaysAfterShortlisting) : ICommand<IProposals>;

/// <summary>What is awaiting a decision: the routed brief until a proposal arrives, then the proposal, then each shortlisted candidate.</summary>
public enum DecisionSubject
{
    RoutedBrief,
    Proposal,
    Candidate,
}

/// <summary>The outcome of an item. The last two are settled by the firm itself, and are nobody's decision to communicate.</summary>
public enum Outcome
{
    Shortlisted,
    Selected,
    NotProgressed,
    BriefOnHold,
    BriefWithdrawn,
    DeclinedByFirm,
    WithdrawnByFirm,
}

public enum NotProgressedReason
{
    CriteriaNotMet,
    StrongerProposal,
    AnotherCandidateSelected,
    CommercialTerms,
    Availability,
    ClientDecision,
    Other,
}

public enum ClosingKind
{
    Filled,
    OnHold,
    Withdrawn,
}

/// <summary>How a brief closes: filled by a shortlisted candidate (and its start date), on hold with a reason and a review date, or withdrawn with a reason.</summary>
public sealed record BriefClosing(ClosingKind Kind, string? Reason = null, DateOnly? ReviewDate = null, Guid? ProposalId = null, Guid? CandidateId = null, DateOnly? StartDate = null);

/// <summary>The default decision-by dates of an RPO, in working days.</summary>
public sealed record DecisionPolicyView(int DaysAfterProposalsDue, int DaysAfterShortlisting)
{
    public static DecisionPolicyView Default { get; } = new(10, 5);
}

public sealed record DecisionView(Guid Id, Guid BriefId, string RoleTitle, Guid FirmId, string FirmName, RoutingChannel Channel, DecisionSubject Subject, string? CandidateAlias,
    string OwnerName, DateOnly DecisionBy, int DaysOverdue, Outcome? Outcome, string? Message, bool Automated, DateTime? DecidedAtUtc)
{
    public string What => OutcomeWords.What(Subject, CandidateAlias);

    public bool IsOpen => Outcome is null;
}

/// <summary>The RPO's open decisions (the soonest first), their count, the overdue count (decisions and reviews past their date), and the reviews due on engagements.</summary>
public sealed record DecisionBoard(IReadOnlyList<DecisionView> Open, int OpenCount, int Overdue, DecisionPolicyView Policy)
{
    public IReadOnlyList<ReviewDueView> Reviews { get; init; } = [];
}

public sealed record BriefDecisions(Guid BriefId, string RoleTitle, IReadOnlyList<DecisionView> Items);

public sealed record ClosingPreview(string RoleTitle, Result Check, IReadOnlyList<OutcomePreview> Items);

public sealed record OutcomePreview(Guid DecisionId, string FirmName, string What, Outcome Outcome, string AutomatedMessage);

public sealed record TimelineEntryView(DateTime AtUtc, string Text);

/// <summary>The decisions a firm awaits on one brief, and everything that happened to it, oldest first.</summary>
public sealed record FirmTimeline(IReadOnlyList<DecisionView> Awaiting, IReadOnlyList<TimelineEntryView> Entries);

/// <summary>The words the firm, the coordinator and the emails use for items and outcomes: one copy.</summary>
public static class OutcomeWords
{
    public static string Describe(this DecisionSubject subject) => subject switch
    {
        DecisionSubject.RoutedBrief => "Routed brief",
        DecisionSubject.Proposal => "Proposal",
        DecisionSubject.Candidate => "Candidate",
        _ => subject.ToString(),
    };

    public static string What(DecisionSubject subject, string? candidateAlias) => subject switch
    {
        DecisionSubject.RoutedBrief => "routed brief",
        DecisionSubject.Proposal => "proposal",
        _ => $"candidate {candidateAlias}",
    };

    public static string Of(Outcome outcome) => outcome switch
    {
        Outcome.Shortlisted => "Shortlisted",
        Outcome.Selected => "Selected",
        Outcome.NotProgressed => "Not progressed",
        Outcome.BriefOnHold => "Brief on hold",
        Outcome.BriefWithdrawn => "Brief withdrawn",
        Outcome.DeclinedByFirm => "Declined by the firm",
        _ => "Withdrawn by the firm",
    };

    public static string Of(NotProgressedReason reason) => reason switch
    {
        NotProgressedReason.CriteriaNotMet => "Does not meet the success criteria closely enough",
        NotProgressedReason.StrongerProposal => "A stronger proposal against the criteria",
        NotProgressedReason.AnotherCandidateSelected => "Another candidate was selected",
        NotProgressedReason.CommercialTerms => "Commercial terms",
        NotProgressedReason.Availability => "Availability",
        NotProgressedReason.ClientDecision => "The client's decision",
        _ => "Other",
    };

    /// <summary>"You will hear by 14 December", or, honestly, how late the decision is.</summary>
    public static string Promise(DateOnly decisionBy, int daysOverdue) => daysOverdue switch
    {
        0 => $"You will hear by {decisionBy:d MMMM yyyy}",
        1 => $"The decision was promised by {decisionBy:d MMMM yyyy} and is 1 day overdue",
        _ => $"The decision was promised by {decisionBy:d MMMM yyyy} and is {daysOverdue} days overdue",
    };
}
