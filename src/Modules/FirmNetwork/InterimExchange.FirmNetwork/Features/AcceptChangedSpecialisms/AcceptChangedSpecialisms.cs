namespace InterimExchange.FirmNetwork.Features.AcceptChangedSpecialisms;

/// <summary>A vetting officer accepts the specialisms an approved firm changed.</summary>
internal sealed class AcceptChangedSpecialismsHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes)
{
    public Task<Result> HandleAsync(Guid firmId, string actor, CancellationToken cancellationToken) =>
        changes.ApplyAsync(db, firmId, (firm, now) =>
        {
            firm.AcceptChangedSpecialisms(actor, now);
            return null;
        }, cancellationToken);
}
