namespace InterimExchange.FirmNetwork.Contracts.IntegrationEvents;

/// <summary>A sector × function pair a firm places interims in, in the shared taxonomy's codes.</summary>
public sealed record SpecialismData(string Sector, string Function);

/// <summary>
/// A firm applied: its application is recorded under <see cref="FirmId"/>, the id its organisation is founded with, whose first
/// member and admin is the applicant. <see cref="PasswordHash"/> is the password they chose, as Accounts hashed it.
/// </summary>
public sealed record FirmApplied(Guid FirmId, string Name, string ApplicantName, string ApplicantEmail, string PasswordHash, DateTime AppliedAtUtc);

/// <summary>
/// A firm passed vetting: from now until <see cref="ValidUntil"/> it may receive briefs. <see cref="TellTheFirm"/> is false when
/// the demo data writes it: routing learns of the firm, nobody is told.
/// </summary>
public sealed record FirmVetted(Guid FirmId, string Name, IReadOnlyList<SpecialismData> Specialisms, IReadOnlyList<string> Regions,
    IReadOnlyList<string> Seniorities, int Capacity, DateOnly ValidUntil, DateOnly InsuranceExpiresOn, DateTime AtUtc, bool TellTheFirm = true);

public sealed record FirmVettingRejected(Guid FirmId, string Reason, DateTime AtUtc);

public sealed record FirmProfileUpdated(Guid FirmId, string Name, IReadOnlyList<SpecialismData> Specialisms, IReadOnlyList<string> Regions,
    IReadOnlyList<string> Seniorities, int Capacity, DateOnly InsuranceExpiresOn, DateTime AtUtc);

public sealed record FirmSuspended(Guid FirmId, string Reason, DateTime AtUtc);

public sealed record FirmReinstated(Guid FirmId, string Reason, DateTime AtUtc);

public sealed record FirmVettingExpired(Guid FirmId, DateOnly ExpiredOn, DateTime AtUtc);
