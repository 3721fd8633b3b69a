namespace InterimExchange.FirmNetwork.Features.AcceptChangesSinceVetting;

/// <summary>A vetting officer accepts what a vetted firm changed since vetting; routing gets the changed profile now.</summary>
internal sealed class AcceptChangesSinceVettingHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes)
{
    public Task<Result> HandleAsync(Guid firmId, string actor, CancellationToken cancellationToken) =>
        changes.ApplyAsync(db, firmId, (firm, now) =>
        {
            firm.AcceptChangesSinceVetting(actor, now);
            return firm.ProfileUpdated(now);
        }, cancellationToken);
}
