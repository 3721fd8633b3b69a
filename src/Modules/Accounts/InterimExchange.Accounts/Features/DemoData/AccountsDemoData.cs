using Microsoft.AspNetCore.Identity;

namespace InterimExchange.Accounts.Features.DemoData;

internal sealed class AccountsDemoData(AccountsDbContext db, UserManager<UserAccount> users, TimeProvider clock) : IDemoData
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Organisations.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var demo in DemoAccounts.All)
        {
            var organisation = new Organisation(demo.Id, demo.Name, demo.Kind, clock.GetUtcNow().UtcDateTime);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var person in demo.People)
            {
                var user = new UserAccount
                {
                    UserName = person.Email,
                    Email = person.Email,
                    EmailConfirmed = true,
                    DisplayName = person.Name,
                    OrganisationId = organisation.Id,
                    IsOrganisationAdmin = person.IsAdmin,
                };
                Check(await users.CreateAsync(user, DemoAccounts.Password));
                Check(await users.AddToRoleAsync(user, organisation.MemberRole));
            }
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
