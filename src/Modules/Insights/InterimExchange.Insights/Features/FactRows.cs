namespace InterimExchange.Insights.Features;

/// <summary>Finds a fact or starts it: whichever event arrives first creates the row, the others fill it in.</summary>
internal static class FactRows
{
    public static async Task<BriefFact> BriefAsync(this InsightsDbContext db, Guid briefId, Guid rpoOrganisationId, CancellationToken cancellationToken) =>
        await db.Briefs.FindAsync([briefId], cancellationToken) ?? db.Briefs.Add(new BriefFact(briefId, rpoOrganisationId)).Entity;

    public static async Task<RoutingFact> RoutingAsync(this InsightsDbContext db, Guid briefId, Guid firmId, CancellationToken cancellationToken) =>
        await db.Routings.FindAsync([briefId, firmId], cancellationToken) ?? db.Routings.Add(new RoutingFact(briefId, firmId)).Entity;

    public static async Task<PromiseFact> PromiseAsync(this InsightsDbContext db, Guid decisionId, Guid rpoOrganisationId, Guid briefId, Guid firmId,
        CancellationToken cancellationToken) =>
        await db.Promises.FindAsync([decisionId], cancellationToken) ?? db.Promises.Add(new PromiseFact(decisionId, rpoOrganisationId, briefId, firmId)).Entity;

    /// <summary>A firm that declines or withdraws closes what it awaited itself: no promise of the RPO's is left open there.</summary>
    public static async Task FirmClosedAsync(this InsightsDbContext db, Guid briefId, Guid firmId, CancellationToken cancellationToken) =>
        db.Promises.RemoveRange(await db.Promises.Where(p => p.BriefId == briefId && p.FirmId == firmId && p.GivenOn == null).ToListAsync(cancellationToken));
}
