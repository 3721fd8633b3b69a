namespace InterimExchange.FirmNetwork.Features.VettingQueue;

/// <summary>The vetting officers' queue, the list of firms, and one firm under review.</summary>
internal sealed class VettingQueueHandler(FirmNetworkDbContext db, TimeProvider clock)
{
    /// <summary>Applications and re-vettings waiting for a decision, oldest first, and approved firms whose specialisms changed.</summary>
    public async Task<IReadOnlyList<FirmListItem>> QueueAsync(CancellationToken cancellationToken) =>
        await Project(db.Firms.AsNoTracking()
                .Where(f => f.Status == FirmStatus.PendingReview || f.Status == FirmStatus.InformationRequested || f.ChangedSinceVetting)
                .OrderBy(f => f.ReviewStartedAtUtc))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<FirmListItem>> ListAsync(FirmStatus? status, CancellationToken cancellationToken) =>
        await Project(db.Firms.AsNoTracking().Where(f => status == null || f.Status == status).OrderBy(f => f.Name).Take(500))
            .ToListAsync(cancellationToken);

    public Task<FirmView?> GetAsync(Guid firmId, CancellationToken cancellationToken) => db.FirmViewAsync(firmId, clock.GetUtcNow().UtcDateTime, cancellationToken);

    private static IQueryable<FirmListItem> Project(IQueryable<Firm> firms) =>
        firms.Select(f => new FirmListItem(f.Id, f.Name, f.Status, f.ReviewStartedAtUtc, f.DecisionPromisedBy, f.VettedUntil, f.Revetting, f.ChangedSinceVetting));
}
