using InterimExchange.BuildingBlocks.UseCases;
using InterimExchange.Insights.Contracts;

namespace InterimExchange.Routing.Features.Recommend;

/// <summary>The firms recommended for one of the RPO's confirmed briefs, best fit first, each with its reasons and gaps.</summary>
internal sealed class RecommendHandler(RoutingDbContext db, IInsights insights, TimeProvider clock) : IQueryHandler<RecommendQuery, IReadOnlyList<Recommendation>?>
{
    public async Task<IReadOnlyList<Recommendation>?> HandleAsync(RecommendQuery query, CancellationToken cancellationToken)
    {
        var brief = await db.Briefs.AsNoTracking().SingleOrDefaultAsync(b => b.BriefId == query.BriefId && b.RpoOrganisationId == query.By.OrganisationId, cancellationToken);
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
        var records = await insights.AskAsync(new FirmTrackRecordsQuery(contenders.Select(f => f.FirmId).ToList()), cancellationToken);
        return Recommender.Rank(brief, contenders, records, today);
    }
}
