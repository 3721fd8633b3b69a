using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.SingleSignOnSettings;

/// <summary>The caller's organisation's provider settings, and the TXT record that proves its domain.</summary>
internal sealed class SingleSignOnSettingsHandler(AccountsDbContext db) : IQueryHandler<SingleSignOnSettingsQuery, SingleSignOnView?>
{
    public Task<SingleSignOnView?> HandleAsync(SingleSignOnSettingsQuery query, CancellationToken cancellationToken) =>
        db.OrganisationSignIns.AsNoTracking().Where(s => s.OrganisationId == query.By.OrganisationId)
            .Select(s => new SingleSignOnView(s.Issuer, s.ClientId, s.EmailDomain, s.UpdatedAtUtc, s.ProvedDomain != null, DomainRecords.Name + s.EmailDomain,
                OrganisationSignIn.DomainRecordPrefix + s.DomainToken))
            .SingleOrDefaultAsync(cancellationToken);
}
