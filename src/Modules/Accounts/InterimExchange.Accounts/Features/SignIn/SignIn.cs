using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using System.Security.Claims;

namespace InterimExchange.Accounts.Features.SignIn;

internal sealed class SignInHandler(SignInManager<UserAccount> signInManager)
{
    public async Task<SignInOutcome> SignInAsync(string email, string password, bool rememberMe)
    {
        var result = await signInManager.PasswordSignInAsync(email.Trim(), password, rememberMe, lockoutOnFailure: true);
        return result.Succeeded ? SignInOutcome.SignedIn
            : result.IsLockedOut ? SignInOutcome.LockedOut
            : SignInOutcome.Failed;
    }

    public Task SignOutAsync() => signInManager.SignOutAsync();
}

/// <summary>Puts the organisation on every user's identity, so that every module can check tenancy from the claims.</summary>
internal sealed class OrganisationClaimsFactory(
    UserManager<UserAccount> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options,
    AccountsDbContext db)
    : UserClaimsPrincipalFactory<UserAccount, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(UserAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var organisationName = await db.Organisations
            .Where(o => o.Id == user.OrganisationId)
            .Select(o => o.Name)
            .SingleAsync();
        identity.AddClaim(new Claim(AccountClaims.OrganisationId, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(AccountClaims.OrganisationName, organisationName));
        identity.AddClaim(new Claim(AccountClaims.DisplayName, user.DisplayName));
        if (user.IsOrganisationAdmin)
        {
            identity.AddClaim(new Claim(AccountClaims.OrganisationAdmin, "true"));
        }

        return identity;
    }
}
