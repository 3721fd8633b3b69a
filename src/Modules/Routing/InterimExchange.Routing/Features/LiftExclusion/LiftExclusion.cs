namespace InterimExchange.Routing.Features.LiftExclusion;

/// <summary>The coordinator lifts a firm's exclusion for a client: it can be recommended for that client's briefs again.</summary>
internal sealed class LiftExclusionHandler(RoutingDbContext db, Changes<RoutingDbContext> changes)
{
    public Task<Result> HandleAsync(Guid rpoId, Guid briefId, Guid firmId, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.Exclusions.SingleOrDefaultAsync(e => e.RpoOrganisationId == rpoId && e.FirmId == firmId
            && db.Briefs.Any(b => b.BriefId == briefId && b.RpoOrganisationId == rpoId && b.ClientCompanyId == e.ClientCompanyId), c), (exclusion, _) =>
        {
            db.Exclusions.Remove(exclusion);
            return (object?)null;
        }, cancellationToken);
}
