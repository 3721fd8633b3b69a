using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using System.Security.Claims;

namespace InterimExchange.Accounts.Features.SignIn;

/// <summary>
/// No rules: the page asks for both fields itself, and a refusal here would answer sooner than a wrong password does, telling the
/// time apart; every other answer is the one refusal below.
/// </summary>
internal sealed class SignInValidator : AbstractValidator<SignInCommand>;

internal sealed class SignInHandler(SignInManager<UserAccount> signInManager, IPasswordHasher<UserAccount> hasher) : ICommandHandler<SignInCommand>
{
    /// <summary>A hash nobody's password matches, checked when there is no password to check, so that every refusal takes as long.</summary>
    private static string? decoy;

    public async Task<Result> HandleAsync(SignInCommand command, CancellationToken cancellationToken)
    {
        var user = await signInManager.UserManager.FindByEmailAsync(command.Email.Trim());
        var result = user is null ? null : await signInManager.PasswordSignInAsync(user, command.Password, command.RememberMe, lockoutOnFailure: true);
        if (result is null || result.IsLockedOut)
        {
            // Identity answers an unknown or locked account without hashing: hash anyway, or the time would tell who has an account.
            var decoyUser = new UserAccount();
            decoy ??= hasher.HashPassword(decoyUser, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(decoyUser, decoy, command.Password);
        }

        return result?.Succeeded == true
            ? Result.Success
            : Result.Failure("", "That email and password do not match an account, or the account is locked for 15 minutes after five failed attempts.");
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
