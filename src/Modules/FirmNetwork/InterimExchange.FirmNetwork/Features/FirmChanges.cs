using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;

namespace InterimExchange.FirmNetwork.Features;

/// <summary>
/// A change to one firm, run through the one shape of a change, within the caller's tenancy: a firm changes only itself, and
/// only the platform's vetting officers change a firm under review.
/// </summary>
internal static class FirmChanges
{
    /// <summary>The caller's own firm changes.</summary>
    public static Task<Result> ApplyToOwnFirmAsync(this Changes<FirmNetworkDbContext> changes, FirmNetworkDbContext db, Caller by,
        Func<Firm, DateTime, object?> change, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.Firms.SingleOrDefaultAsync(f => f.Id == by.OrganisationId, c), change, cancellationToken);

    /// <summary>A vetting officer changes the firm they review; to anyone else the firm is not found.</summary>
    public static Task<Result> ApplyToReviewedFirmAsync(this Changes<FirmNetworkDbContext> changes, FirmNetworkDbContext db, Caller by, Guid firmId,
        Func<Firm, DateTime, object?> change, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => by.Kind == OrganisationKind.Platform ? db.Firms.SingleOrDefaultAsync(f => f.Id == firmId, c) : Task.FromResult<Firm?>(null),
            change, cancellationToken);
}

internal static class FirmEventData
{
    public static FirmVetted Vetted(this Firm firm, DateTime nowUtc) => new(firm.Id, firm.Profile.Name, Specialisms(firm.Profile), firm.Profile.Regions,
        firm.Profile.Seniorities, firm.Capacity, firm.VettedUntil!.Value, firm.Profile.InsuranceExpiresOn, nowUtc);

    /// <summary>The profile as routing may know it: what vetting checked stays as vetted until a vetting officer accepts a change.</summary>
    public static FirmProfileUpdated ProfileUpdated(this Firm firm, DateTime nowUtc) => new(firm.Id, firm.RoutedProfile.Name, Specialisms(firm.RoutedProfile),
        firm.Profile.Regions, firm.Profile.Seniorities, firm.Capacity, firm.RoutedProfile.InsuranceExpiresOn, nowUtc);

    private static List<SpecialismData> Specialisms(FirmProfile profile) => profile.Specialisms.Select(s => new SpecialismData(s.Sector, s.Function)).ToList();
}
