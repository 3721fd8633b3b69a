using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Routing.Features.FindEligibleFirms;

/// <summary>Eligible firms found by name, for the coordinator to add to a routing by hand.</summary>
internal sealed class FindEligibleFirmsHandler(RoutingDbContext db, TimeProvider clock) : IQueryHandler<FindEligibleFirmsQuery, IReadOnlyList<EligibleFirm>>
{
    public async Task<IReadOnlyList<EligibleFirm>> HandleAsync(FindEligibleFirmsQuery query, CancellationToken cancellationToken)
    {
        var brief = await db.Briefs.AsNoTracking().SingleOrDefaultAsync(b => b.BriefId == query.BriefId && b.RpoOrganisationId == query.By.OrganisationId, cancellationToken);
        if (brief is null || string.IsNullOrWhiteSpace(query.Name))
        {
            return [];
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var pattern = $"%{query.Name.Trim().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
        return await db.EligibleFor(brief, today).AsNoTracking()
            .Where(f => EF.Functions.Like(f.Name, pattern))
            .OrderBy(f => f.Name)
            .Take(20)
            .Select(f => new EligibleFirm(f.FirmId, f.Name))
            .ToListAsync(cancellationToken);
    }
}
