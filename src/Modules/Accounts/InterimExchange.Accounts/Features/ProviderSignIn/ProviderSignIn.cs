using System.Text;
using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace InterimExchange.Accounts.Features.ProviderSignIn;

/// <summary>No rules: the provider vouched for the identity, and every refusal below is worded for the person.</summary>
internal sealed class ProviderSignInValidator : AbstractValidator<ProviderSignInCommand>;

/// <summary>A person signed in by their organisation's provider is linked only to the account their organisation has for the email the provider vouched for.</summary>
internal sealed class ProviderSignInHandler(AccountsDbContext db, IDataProtectionProvider protection, SignInManager<UserAccount> signIn)
    : ICommandHandler<ProviderSignInCommand>
{
    private const string Locked = "This account is locked for 15 minutes after five failed sign-ins. Try again later, or reset your password to sign in now.";

    public async Task<Result> HandleAsync(ProviderSignInCommand command, CancellationToken cancellationToken)
    {
        var (identity, password) = (command.Identity, command.Password);
        var provider = await ProvedProviders.OfOrganisationAsync(db, protection, identity.OrganisationId, cancellationToken);
        if (provider is null || identity.Issuer.TrimEnd('/') != provider.Issuer.TrimEnd('/'))
        {
            return Result.Failure("", "Your organisation no longer signs in through this provider. Sign in with your password.");
        }

        var users = signIn.UserManager;
        var login = $"oidc:{provider.Issuer.TrimEnd('/')}";
        var user = await users.FindByLoginAsync(login, identity.Subject);
        var first = user is null;
        if (first)
        {
            // The first time: the provider must say the address is the person's, and it must be the account's address exactly.
            if (!identity.EmailVerified || string.IsNullOrWhiteSpace(identity.Email))
            {
                return Result.Failure("",
                    $"Your organisation's provider did not confirm that {identity.Email ?? "your email address"} is yours, so it cannot sign you in here. Sign in with your password, or ask your provider's admin to verify your address.");
            }

            user = InDomain(identity.Email, provider.EmailDomain) && await users.FindByEmailAsync(identity.Email.Trim()) is { } account && SameAddress(identity.Email, account.Email)
                ? account
                : null;
        }

        if (user is null || user.OrganisationId != identity.OrganisationId || user.IsRemoved)
        {
            return Result.Failure("",
                $"{identity.Email ?? "Your account"} has no InterimExchange account in your organisation. Ask your organisation's admin to invite you, then sign in here again.");
        }

        if (await users.IsLockedOutAsync(user) || !await signIn.CanSignInAsync(user))
        {
            return Result.Failure("", Locked);
        }

        if (first)
        {
            // Before the provider is remembered for the account, the person proves once that the account is theirs.
            if (string.IsNullOrEmpty(password))
            {
                return Result.Failure(ExternalIdentity.PasswordField,
                    $"The first time you sign in through your organisation's provider, enter your InterimExchange password once to confirm that {user.Email} is yours.");
            }

            var confirmed = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
            if (!confirmed.Succeeded)
            {
                return confirmed.IsLockedOut ? Result.Failure("", Locked)
                    : Result.Failure(ExternalIdentity.PasswordField, $"That is not the password of {user.Email}. Enter it again, or reset your password.");
            }

            await users.AddLoginAsync(user, new UserLoginInfo(login, identity.Subject, provider.Issuer));
        }

        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "sso");
        return Result.Success;
    }

    /// <summary>Whether the address is of the organisation's domain (an ASCII name, compared without regard to ASCII case only).</summary>
    private static bool InDomain(string email, string domain)
    {
        var at = email.Trim().LastIndexOf('@');
        var part = at < 0 ? "" : email.Trim()[(at + 1)..];
        return Ascii.IsValid(part) && Ascii.EqualsIgnoreCase(part, domain);
    }

    /// <summary>
    /// The same address: without regard to case only when both are ASCII; otherwise exactly, after Unicode normalisation (NFC), so
    /// that no case folding makes another address equal (a dotless ı is not an i, a Kelvin sign is not a k).
    /// </summary>
    private static bool SameAddress(string vouched, string? account)
    {
        vouched = vouched.Trim();
        return account is not null && (Ascii.IsValid(vouched) && Ascii.IsValid(account)
            ? Ascii.EqualsIgnoreCase(vouched, account)
            : string.Equals(vouched.Normalize(NormalizationForm.FormC), account.Normalize(NormalizationForm.FormC), StringComparison.Ordinal));
    }
}
