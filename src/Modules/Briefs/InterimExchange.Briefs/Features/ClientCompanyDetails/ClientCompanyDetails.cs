using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.ClientCompanyDetails;

/// <summary>One of the RPO's client companies and its executives; none when it is another RPO's.</summary>
internal sealed class ClientCompanyDetailsHandler(BriefsDbContext db) : IQueryHandler<ClientCompanyDetailsQuery, ClientCompanyView?>
{
    public Task<ClientCompanyView?> HandleAsync(ClientCompanyDetailsQuery query, CancellationToken cancellationToken) =>
        db.ClientCompanies.AsNoTracking().Where(c => c.Id == query.ClientCompanyId && c.RpoOrganisationId == query.RpoId).Project()
            .SingleOrDefaultAsync(cancellationToken);
}
