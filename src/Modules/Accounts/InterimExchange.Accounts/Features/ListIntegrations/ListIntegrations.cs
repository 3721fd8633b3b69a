using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.ListIntegrations;

/// <summary>The caller's organisation's integrations, enabled first, newest first.</summary>
internal sealed class ListIntegrationsHandler(AccountsDbContext db) : IQueryHandler<ListIntegrationsQuery, IReadOnlyList<IntegrationView>>
{
    public async Task<IReadOnlyList<IntegrationView>> HandleAsync(ListIntegrationsQuery query, CancellationToken cancellationToken) =>
        (await db.Integrations.AsNoTracking()
            .Where(i => i.OrganisationId == query.By.OrganisationId)
            .OrderBy(i => i.DisabledAtUtc != null).ThenByDescending(i => i.RegisteredAtUtc)
            .Take(100)
            .ToListAsync(cancellationToken))
        .Select(i => new IntegrationView(i.Id, i.Name, i.ClientId, i.ScopeList, i.GrantTypeList, i.RedirectUriList, i.IsPublic, i.RegisteredAtUtc, i.DisabledAtUtc))
        .ToList();
}
