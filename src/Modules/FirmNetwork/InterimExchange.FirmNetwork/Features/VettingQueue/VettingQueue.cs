using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.FirmNetwork.Features.VettingQueue;

/// <summary>Applications and re-vettings waiting for a decision, oldest first, and approved firms whose specialisms changed.</summary>
internal sealed class VettingQueueHandler(FirmNetworkDbContext db) : IQueryHandler<VettingQueueQuery, IReadOnlyList<FirmListItem>>
{
    public async Task<IReadOnlyList<FirmListItem>> HandleAsync(VettingQueueQuery query, CancellationToken cancellationToken) =>
        await db.Firms.AsNoTracking()
            .Where(f => query.By.Kind == OrganisationKind.Platform)
            .Where(f => f.Status == FirmStatus.PendingReview || f.Status == FirmStatus.InformationRequested || f.ChangedSinceVetting)
            .OrderBy(f => f.ReviewStartedAtUtc)
            .ToListItems()
            .ToListAsync(cancellationToken);
}
