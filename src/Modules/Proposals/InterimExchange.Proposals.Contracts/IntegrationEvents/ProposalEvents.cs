using InterimExchange.Routing.Contracts;

namespace InterimExchange.Proposals.Contracts.IntegrationEvents;

public sealed record ProposalSubmitted(Guid ProposalId, Guid BriefId, Guid FirmId, string FirmName, Guid RpoOrganisationId, int Candidates, DateTime AtUtc);

/// <summary>A submitted proposal's new version; <paramref name="Changed"/> names what changed (its scores were cleared), in plain words.</summary>
public sealed record ProposalAmended(Guid ProposalId, Guid BriefId, Guid FirmId, string FirmName, Guid RpoOrganisationId, int Version, IReadOnlyList<string> Changed, DateTime AtUtc);

public sealed record ProposalWithdrawn(Guid ProposalId, Guid BriefId, Guid FirmId, string FirmName, Guid RpoOrganisationId, string Reason, DateTime AtUtc);

/// <summary>Every required evaluator scored every submitted proposal and candidate against every success criterion.</summary>
public sealed record ValueScoringCompleted(Guid BriefId, Guid RpoOrganisationId, int Proposals, DateTime AtUtc);

/// <summary>
/// The coordinator held or withdrew a brief from the page that closes it: every firm waiting on it already has its outcome, in
/// the coordinator's words where she wrote some. Briefs holds or withdraws the brief, and tells the other modules as it always does.
/// </summary>
public sealed record BriefClosingDecided(Guid BriefId, Guid RpoOrganisationId, ClosingKind Kind, string Reason, DateOnly? ReviewDate, string By, DateTime AtUtc);

/// <summary>The commercial terms of a brief's proposals became visible to its evaluators, and why.</summary>
public sealed record CommercialTermsUnsealed(Guid BriefId, Guid RpoOrganisationId, string Reason, string By, DateTime AtUtc);

public sealed record CandidateShortlisted(Guid BriefId, Guid RpoOrganisationId, Guid ProposalId, Guid FirmId, Guid CandidateId, string CandidateAlias,
    string By, DateTime AtUtc);

public sealed record CandidateSelected(Guid BriefId, Guid RpoOrganisationId, Guid ProposalId, Guid FirmId, Guid CandidateId, string CandidateAlias,
    string By, DateTime AtUtc);

/// <summary>An engagement starts from a selection, carrying the brief's success criteria forward.</summary>
public sealed record EngagementStarted(Guid EngagementId, Guid BriefId, Guid RpoOrganisationId, Guid FirmId, string FirmName, string CandidateAlias,
    DateOnly StartDate, IReadOnlyList<string> SuccessCriteria, string By, DateTime AtUtc);

/// <summary>An item got its outcome, with the message the firm is told, whether a person wrote it, and the date it was promised by.</summary>
public sealed record OutcomeGiven(Guid DecisionId, Guid BriefId, Guid RpoOrganisationId, Guid FirmId, RoutingChannel Channel, string RoleTitle, string What, Outcome Outcome,
    string Message, bool Automated, DateOnly DecisionBy, DateTime AtUtc);

/// <summary>An open item's decision-by date moved, with the reason the firm reads.</summary>
public sealed record DecisionDateMoved(Guid DecisionId, Guid BriefId, Guid RpoOrganisationId, Guid FirmId, RoutingChannel Channel, string RoleTitle, string What,
    DateOnly From, DateOnly To, string Reason, string By, DateTime AtUtc);

/// <summary>
/// An open item's decision-by date is two days away (<paramref name="DaysOverdue"/> 0) or has passed: its owner is reminded,
/// and once it has passed the RPO's lead is told as well.
/// </summary>
public sealed record DecisionReminderDue(Guid DecisionId, Guid BriefId, Guid RpoOrganisationId, Guid OwnerId, string RoleTitle, Guid FirmId, string FirmName, string What,
    DateOnly DecisionBy, int DaysOverdue, DateTime AtUtc);

/// <summary>
/// Criteria of an engagement reached their review date without a review (<paramref name="DaysOverdue"/> 0 on the day): the
/// coordinator who owns it is asked, and once overdue the RPO's leads are told as well. <paramref name="InterimName"/> is the
/// interim's name once her firm gave it (null before, and in events written before names were asked for).
/// </summary>
public sealed record EngagementReviewDue(Guid EngagementId, Guid BriefId, Guid RpoOrganisationId, Guid OwnerId, string RoleTitle, string CandidateAlias, int Criteria,
    DateOnly ReviewOn, int DaysOverdue, DateTime AtUtc, string? InterimName = null)
{
    /// <summary>How people read the interim: her name once given, the alias until then.</summary>
    public string Interim => EngagementWords.Interim(InterimName, CandidateAlias);
}

/// <summary>One success criterion of an engagement was reviewed; the firm whose interim it is reads it.</summary>
public sealed record CriterionReviewed(Guid EngagementId, Guid BriefId, Guid RpoOrganisationId, Guid FirmId, string RoleTitle, string CandidateAlias, int Number,
    string Outcome, CriterionRating Rating, string Evidence, string By, DateTime AtUtc, string? InterimName = null)
{
    /// <inheritdoc cref="EngagementReviewDue.Interim"/>
    public string Interim => EngagementWords.Interim(InterimName, CandidateAlias);
}

/// <summary>
/// The firm whose candidate was selected gave the interim's real name: from now on she is <paramref name="InterimName"/>, no longer
/// only <paramref name="CandidateAlias"/>. A correction carries the name it replaces (<paramref name="Previous"/>; null the first time).
/// </summary>
public sealed record InterimNamed(Guid EngagementId, Guid BriefId, Guid RpoOrganisationId, Guid FirmId, string RoleTitle, string CandidateAlias, string InterimName,
    string? Previous, string By, DateTime AtUtc);

public sealed record EngagementExtended(Guid EngagementId, Guid BriefId, Guid RpoOrganisationId, Guid FirmId, string RoleTitle, DateOnly From, DateOnly To, string By,
    DateTime AtUtc);

/// <summary>An engagement ended early; its criteria not reviewed stay "not reviewed".</summary>
public sealed record EngagementEnded(Guid EngagementId, Guid BriefId, Guid RpoOrganisationId, Guid FirmId, string RoleTitle, EngagementEndReason Reason, string Note,
    DateOnly EndedOn, int NotReviewed, string By, DateTime AtUtc);
