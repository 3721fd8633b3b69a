namespace InterimExchange.FirmNetwork.Features.ApproveFirm;

/// <summary>A vetting officer approves a firm whose checklist is complete: it may receive briefs until its vetting runs out.</summary>
internal sealed class ApproveFirmHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes)
{
    public Task<Result> HandleAsync(Guid firmId, string actor, DateOnly? validUntil, CancellationToken cancellationToken) =>
        changes.ApplyAsync(db, firmId, (firm, now) =>
        {
            firm.Approve(validUntil, actor, now);
            return firm.Vetted(now);
        }, cancellationToken);
}
