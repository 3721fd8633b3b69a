namespace InterimExchange.FirmNetwork.Features.AskForRevetting;

/// <summary>A firm in the last days of its vetting, or past them, asks to be vetted again.</summary>
internal sealed class AskForRevettingHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes)
{
    public Task<Result> HandleAsync(Guid firmId, string actor, CancellationToken cancellationToken) =>
        changes.ApplyAsync(db, firmId, (firm, now) =>
        {
            firm.RequestRevetting(actor, now);
            return null;
        }, cancellationToken);
}
