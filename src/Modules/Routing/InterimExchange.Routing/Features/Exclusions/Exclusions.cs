using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Routing.Features.Exclusions;

/// <summary>The firms the RPO excluded for the brief's client, with why and by whom.</summary>
internal sealed class ExclusionsHandler(RoutingDbContext db) : IQueryHandler<ExclusionsQuery, IReadOnlyList<ExclusionView>>
{
    public async Task<IReadOnlyList<ExclusionView>> HandleAsync(ExclusionsQuery query, CancellationToken cancellationToken) =>
        await db.Exclusions.AsNoTracking()
            .Where(e => e.RpoOrganisationId == query.By.OrganisationId
                && db.Briefs.Any(b => b.BriefId == query.BriefId && b.RpoOrganisationId == query.By.OrganisationId && b.ClientCompanyId == e.ClientCompanyId))
            .OrderBy(e => e.FirmName)
            .Select(e => new ExclusionView(e.FirmId, e.FirmName, e.Reason, e.ExcludedBy, e.ExcludedAtUtc))
            .ToListAsync(cancellationToken);
}
