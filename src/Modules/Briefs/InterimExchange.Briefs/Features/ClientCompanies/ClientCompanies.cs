using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.ClientCompanies;

/// <summary>The client companies an RPO hires for, and their executives.</summary>
internal sealed class ClientCompaniesHandler(BriefsDbContext db) : IQueryHandler<ClientCompaniesQuery, IReadOnlyList<ClientCompanyView>>
{
    public async Task<IReadOnlyList<ClientCompanyView>> HandleAsync(ClientCompaniesQuery query, CancellationToken cancellationToken) =>
        await db.ClientCompanies.AsNoTracking().Where(c => c.RpoOrganisationId == query.RpoId).OrderBy(c => c.Name).Project()
            .ToListAsync(cancellationToken);
}
