using InterimExchange.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.DataProtection;

namespace InterimExchange.Accounts.Features.ProviderForEmail;

/// <summary>The provider of the organisation that proved the email's domain.</summary>
internal sealed class ProviderForEmailHandler(AccountsDbContext db, IDataProtectionProvider protection) : IQueryHandler<ProviderForEmailQuery, SingleSignOnProvider?>
{
    public async Task<SingleSignOnProvider?> HandleAsync(ProviderForEmailQuery query, CancellationToken cancellationToken)
    {
        var at = query.Email.Trim().LastIndexOf('@');
        var domain = at < 0 ? "" : query.Email.Trim()[(at + 1)..].ToLowerInvariant();
        return domain.Length == 0 ? null : await ProvedProviders.OfDomainAsync(db, protection, domain, cancellationToken);
    }
}
