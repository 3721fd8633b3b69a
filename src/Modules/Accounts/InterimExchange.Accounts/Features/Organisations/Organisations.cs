using Microsoft.AspNetCore.Identity;

namespace InterimExchange.Accounts.Features.Organisations;

internal sealed class OrganisationsHandler(AccountsDbContext db, Changes<AccountsDbContext> changes, UserManager<UserAccount> users)
{
    public async Task<Guid> CreateAsync(string name, OrganisationKind kind, CancellationToken cancellationToken)
    {
        var created = await changes.ApplyAsync(now =>
        {
            var organisation = new Organisation(Guid.NewGuid(), name.Trim(), kind, now);
            db.Organisations.Add(organisation);
            return new Created(organisation.Id);
        }, cancellationToken);
        return created.Id!.Value;
    }

    public Task<string?> NameAsync(Guid organisationId, CancellationToken cancellationToken) =>
        db.Organisations.Where(o => o.Id == organisationId).Select(o => (string?)o.Name).SingleOrDefaultAsync(cancellationToken);

    public async Task<Guid?> FindAccountAsync(string email, CancellationToken cancellationToken) =>
        (await users.FindByEmailAsync(email.Trim()))?.Id;
}
