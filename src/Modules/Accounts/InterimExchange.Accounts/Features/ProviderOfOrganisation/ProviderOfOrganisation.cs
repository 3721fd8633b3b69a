using InterimExchange.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.DataProtection;

namespace InterimExchange.Accounts.Features.ProviderOfOrganisation;

/// <summary>The organisation's provider, once it proved its domain.</summary>
internal sealed class ProviderOfOrganisationHandler(AccountsDbContext db, IDataProtectionProvider protection)
    : IQueryHandler<ProviderOfOrganisationQuery, SingleSignOnProvider?>
{
    public Task<SingleSignOnProvider?> HandleAsync(ProviderOfOrganisationQuery query, CancellationToken cancellationToken) =>
        ProvedProviders.OfOrganisationAsync(db, protection, query.OrganisationId, cancellationToken);
}
