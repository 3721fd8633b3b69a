using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.FirmNetwork.Features.ReviewFirm;

/// <summary>One firm as a vetting officer reviews it: its profile, checklist and history.</summary>
internal sealed class ReviewFirmHandler(FirmNetworkDbContext db, TimeProvider clock) : IQueryHandler<ReviewFirmQuery, FirmView?>
{
    public async Task<FirmView?> HandleAsync(ReviewFirmQuery query, CancellationToken cancellationToken) =>
        query.By.Kind == OrganisationKind.Platform ? await db.FirmViewAsync(query.FirmId, clock.GetUtcNow().UtcDateTime, cancellationToken) : null;
}
