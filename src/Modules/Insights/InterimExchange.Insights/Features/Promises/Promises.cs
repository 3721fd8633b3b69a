using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Insights.Features.Promises;

/// <summary>An RPO's kept decision dates over the last twelve months, counted in the database from the facts.</summary>
internal sealed class PromisesHandler(InsightsDbContext db, TimeProvider clock) : IQueryHandler<PromisesQuery, PromiseRecord>
{
    public async Task<PromiseRecord> HandleAsync(PromisesQuery query, CancellationToken cancellationToken)
    {
        var rpoOrganisationId = query.RpoOrganisationId;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var since = today.AddYears(-1);
        var promises = db.Promises.AsNoTracking().Where(p => p.RpoOrganisationId == rpoOrganisationId);
        var given = promises.Where(p => p.GivenOn >= since);
        var counts = await given.GroupBy(p => 1)
            .Select(g => new { Given = g.Count(), Kept = g.Count(p => p.Kept), NotProgressed = g.Count(p => p.NotProgressed), Personal = g.Count(p => p.NotProgressed && p.Personal) })
            .SingleOrDefaultAsync(cancellationToken);
        var late = await given.Where(p => !p.Kept).Select(p => new { p.DecisionBy, GivenOn = p.GivenOn!.Value }).ToListAsync(cancellationToken);
        // Promise.IsBroken said to the database: decisions owed to firms only, not the reviews or requests the board adds.
        var pastDate = await promises.CountAsync(p => p.GivenOn == null && p.DecisionBy < today, cancellationToken);
        return new PromiseRecord(rpoOrganisationId, new Share(counts?.Kept ?? 0, counts?.Given ?? 0), Spread.Of(late.Select(l => l.GivenOn.DayNumber - l.DecisionBy.DayNumber)).Median,
            pastDate, new Share(counts?.Personal ?? 0, counts?.NotProgressed ?? 0));
    }
}
