using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;

namespace InterimExchange.FirmNetwork.Features;

/// <summary>A change to one firm, run through the one shape of a change.</summary>
internal static class FirmChanges
{
    public static Task<Result> ApplyAsync(this Changes<FirmNetworkDbContext> changes, FirmNetworkDbContext db, Guid firmId,
        Func<Firm, DateTime, object?> change, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.Firms.SingleOrDefaultAsync(f => f.Id == firmId, c), change, cancellationToken);
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
