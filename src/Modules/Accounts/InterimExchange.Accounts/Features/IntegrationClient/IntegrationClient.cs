using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.IntegrationClient;

/// <summary>The organisation behind an enabled client, for the token endpoint.</summary>
internal sealed class IntegrationClientHandler(AccountsDbContext db) : IQueryHandler<IntegrationClientQuery, Contracts.IntegrationClient?>
{
    public async Task<Contracts.IntegrationClient?> HandleAsync(IntegrationClientQuery query, CancellationToken cancellationToken) =>
        await db.Integrations.AsNoTracking()
            .Where(i => i.ClientId == query.ClientId && i.DisabledAtUtc == null)
            .Join(db.Organisations, i => i.OrganisationId, o => o.Id,
                (i, o) => new { i.ClientId, i.Name, i.OrganisationId, Organisation = o.Name, o.Kind, i.Scopes, i.RegisteredBy })
            .Select(i => new Contracts.IntegrationClient(i.ClientId, i.Name, i.OrganisationId, i.Organisation, i.Kind, i.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
                i.RegisteredBy))
            .SingleOrDefaultAsync(cancellationToken);
}
