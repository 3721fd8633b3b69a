using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.FirmNetwork.Features.OwnFirm;

/// <summary>The caller's own firm, as its members see it: where its vetting stands, and its profile.</summary>
internal sealed class OwnFirmHandler(FirmNetworkDbContext db, TimeProvider clock) : IQueryHandler<OwnFirmQuery, FirmView?>
{
    public Task<FirmView?> HandleAsync(OwnFirmQuery query, CancellationToken cancellationToken) =>
        db.FirmViewAsync(query.By.OrganisationId, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
