using InterimExchange.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InterimExchange.Accounts.Features.AdminPasswordLink;

/// <summary>
/// The link (valid two hours) with which a founded organisation's first admin chooses a password; only an admin who has never
/// had one gets it, so it opens no account that is in use.
/// </summary>
internal sealed class AdminPasswordLinkHandler(AccountsDbContext db, UserManager<UserAccount> users, IOptions<SiteOptions> site)
    : IQueryHandler<AdminPasswordLinkQuery, string?>
{
    public async Task<string?> HandleAsync(AdminPasswordLinkQuery query, CancellationToken cancellationToken)
    {
        var admin = await db.Users.FirstOrDefaultAsync(
            u => u.OrganisationId == query.OrganisationId && u.IsOrganisationAdmin && u.PasswordHash == null && u.RemovedAtUtc == null, cancellationToken);
        if (admin is null)
        {
            return null;
        }

        var token = await users.GeneratePasswordResetTokenAsync(admin);
        return site.Value.Link(PortalLinks.PasswordReset(admin.Email!, token)).ToString();
    }
}
