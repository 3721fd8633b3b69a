using InterimExchange.Briefs.Contracts.IntegrationEvents;

namespace InterimExchange.Accounts.Features.ClientCompanies;

/// <summary>
/// A coordinator added a client company: its organisation is founded under the id Briefs gave it, with nobody in it yet (its
/// executives join through their briefing links). Saved once with the inbox; founded already (a redelivery), nothing changes.
/// </summary>
internal sealed class ClientCompanyAddedConsumer(AccountsDbContext db, TimeProvider clock) : InboxConsumer<ClientCompanyAdded, AccountsDbContext>(db, clock)
{
    protected override async Task HandleAsync(ClientCompanyAdded message, CancellationToken cancellationToken)
    {
        if (!await Db.Organisations.AnyAsync(o => o.Id == message.OrganisationId, cancellationToken))
        {
            Db.Organisations.Add(new Organisation(message.OrganisationId, message.Name, OrganisationKind.ClientCompany, message.AddedAtUtc));
        }
    }
}
