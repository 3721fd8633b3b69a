namespace InterimExchange.Briefs.Contracts.IntegrationEvents;

/// <summary>A success criterion as it travels between modules: an outcome, its measure and its horizon.</summary>
public sealed record SuccessCriterionData(int Number, string Outcome, string Measure, string Horizon);

/// <summary>The facts routing needs to choose firms, and the client company whose exclusions apply.</summary>
public sealed record RoutingFacts(Guid ClientCompanyId, string Sector, string Function, string Seniority, string Region, bool Confidential);

/// <summary>
/// A coordinator added a client company: Accounts founds its organisation under <see cref="OrganisationId"/>, which the
/// company's executives join when they first follow a briefing link.
/// </summary>
public sealed record ClientCompanyAdded(Guid ClientCompanyId, Guid OrganisationId, Guid RpoOrganisationId, string Name, DateTime AddedAtUtc);

public sealed record BriefCreated(Guid BriefId, Guid RpoOrganisationId, string RoleTitle, DateTime CreatedAtUtc);

public sealed record BriefingSubmitted(Guid BriefId, Guid RpoOrganisationId, DateTime SubmittedAtUtc);

public sealed record BriefConfirmed(Guid BriefId, Guid RpoOrganisationId, string RoleTitle, RoutingFacts Routing,
    IReadOnlyList<SuccessCriterionData> SuccessCriteria, DateTime ConfirmedAtUtc);

public sealed record BriefAmended(Guid BriefId, Guid RpoOrganisationId, string Reason, IReadOnlyList<SuccessCriterionData> SuccessCriteria, DateTime AmendedAtUtc);

public sealed record BriefPutOnHold(Guid BriefId, Guid RpoOrganisationId, string Reason, DateOnly ReviewDate, DateTime AtUtc);

public sealed record BriefResumed(Guid BriefId, Guid RpoOrganisationId, DateTime AtUtc);

public sealed record BriefWithdrawn(Guid BriefId, Guid RpoOrganisationId, string Reason, DateTime AtUtc);

public sealed record BriefFilled(Guid BriefId, Guid RpoOrganisationId, DateTime AtUtc);
