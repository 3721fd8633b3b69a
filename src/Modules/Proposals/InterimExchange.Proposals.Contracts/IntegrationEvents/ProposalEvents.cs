namespace InterimExchange.Proposals.Contracts.IntegrationEvents;

public sealed record ProposalSubmitted(Guid ProposalId, Guid BriefId, Guid FirmId, string FirmName, Guid RpoOrganisationId, int Candidates, DateTime AtUtc);

public sealed record ProposalAmended(Guid ProposalId, Guid BriefId, Guid FirmId, string FirmName, Guid RpoOrganisationId, int Version, DateTime AtUtc);

public sealed record ProposalWithdrawn(Guid ProposalId, Guid BriefId, Guid FirmId, string FirmName, Guid RpoOrganisationId, string Reason, DateTime AtUtc);

/// <summary>Every required evaluator scored every submitted proposal and candidate against every success criterion.</summary>
public sealed record ValueScoringCompleted(Guid BriefId, Guid RpoOrganisationId, int Proposals, DateTime AtUtc);

/// <summary>The commercial terms of a brief's proposals became visible to its evaluators, and why.</summary>
public sealed record CommercialTermsUnsealed(Guid BriefId, Guid RpoOrganisationId, string Reason, string By, DateTime AtUtc);

public sealed record CandidateShortlisted(Guid BriefId, Guid RpoOrganisationId, Guid ProposalId, Guid FirmId, Guid CandidateId, string CandidateAlias,
    string By, DateTime AtUtc);

public sealed record CandidateSelected(Guid BriefId, Guid RpoOrganisationId, Guid ProposalId, Guid FirmId, Guid CandidateId, string CandidateAlias,
    string By, DateTime AtUtc);

/// <summary>An engagement starts from a selection, carrying the brief's success criteria forward.</summary>
public sealed record EngagementStarted(Guid EngagementId, Guid BriefId, Guid RpoOrganisationId, Guid FirmId, string FirmName, string CandidateAlias,
    DateOnly StartDate, IReadOnlyList<string> SuccessCriteria, string By, DateTime AtUtc);
