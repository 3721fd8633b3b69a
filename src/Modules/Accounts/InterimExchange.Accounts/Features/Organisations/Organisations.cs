using Microsoft.AspNetCore.Identity;

namespace InterimExchange.Accounts.Features.Organisations;

internal sealed class OrganisationsHandler(AccountsDbContext db, UserManager<UserAccount> users, TimeProvider clock)
{
    public async Task<Guid> CreateAsync(string name, OrganisationKind kind, CancellationToken cancellationToken)
    {
        var organisation = new Organisation(Guid.NewGuid(), name.Trim(), kind, clock.GetUtcNow().UtcDateTime);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        return organisation.Id;
    }

    public async Task<Guid?> FindAccountAsync(string email, CancellationToken cancellationToken) =>
        (await users.FindByEmailAsync(email.Trim()))?.Id;
}
