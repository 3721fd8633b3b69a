using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using System.Security.Claims;

namespace InterimExchange.Accounts.Features.SignIn;

internal sealed class SignInHandler(SignInManager<UserAccount> signInManager, IPasswordHasher<UserAccount> hasher, ChangedAccounts changedAccounts, Sessions sessions)
{
    /// <summary>A hash nobody's password matches, checked when there is no password to check, so that every refusal takes as long.</summary>
    private static string? decoy;

    public async Task<bool> SignInAsync(string email, string password, bool rememberMe)
    {
        var user = await signInManager.UserManager.FindByEmailAsync(email.Trim());
        var result = user is null ? null : await signInManager.PasswordSignInAsync(user, password, rememberMe, lockoutOnFailure: true);
        if (result is null || result.IsLockedOut)
        {
            // Identity answers an unknown or locked account without hashing: hash anyway, or the time would tell who has an account.
            var decoyUser = new UserAccount();
            decoy ??= hasher.HashPassword(decoyUser, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(decoyUser, decoy, password);
        }

        return result?.Succeeded == true;
    }

    public Task SignOutAsync() => signInManager.SignOutAsync();

    /// <summary>Ends every session of the account at once: the new security stamp fails each session's next check.</summary>
    public async Task SignOutEverywhereAsync(Guid userId)
    {
        if (await signInManager.UserManager.FindByIdAsync(userId.ToString()) is { } user)
        {
            await signInManager.UserManager.UpdateSecurityStampAsync(user);
            await sessions.EndAllAsync(userId, except: null, CancellationToken.None);
            changedAccounts.Changed(userId);
        }

        await signInManager.SignOutAsync();
    }
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
        identity.AddClaim(new Claim(AccountClaims.TimeZone, user.TimeZone));
        if (user.IsOrganisationAdmin)
        {
            identity.AddClaim(new Claim(AccountClaims.OrganisationAdmin, "true"));
        }

        return identity;
    }
}
