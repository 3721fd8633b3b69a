using InterimExchange.Insights.Contracts;

namespace InterimExchange.Routing.Features.Recommend;

internal sealed class RecommendHandler(RoutingDbContext db, ITrackRecords trackRecords, TimeProvider clock)
{
    public async Task<IReadOnlyList<Recommendation>?> RecommendAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken)
    {
        var brief = await db.Briefs.AsNoTracking().SingleOrDefaultAsync(b => b.BriefId == briefId && b.RpoOrganisationId == rpoId, cancellationToken);
        if (brief is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // The database narrows to eligible firms with a sector or function fit; the fit is scored in memory.
        var candidates = await db.EligibleFor(brief, today).AsNoTracking()
            .Where(f => f.Specialisms.Any(s => s.Function == brief.Function || s.Sector == brief.Sector))
            .ToListAsync(cancellationToken);
        var contenders = Recommender.Contenders(brief, candidates, today);
        var records = await trackRecords.FirmsAsync(contenders.Select(f => f.FirmId).ToList(), cancellationToken);
        return Recommender.Rank(brief, contenders, records, today);
    }
}
