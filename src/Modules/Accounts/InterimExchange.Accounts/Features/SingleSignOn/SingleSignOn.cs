using System.Collections.Frozen;
using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace InterimExchange.Accounts.Features.SingleSignOn;

internal sealed partial class SaveSingleSignOnValidator : AbstractValidator<SaveSingleSignOn>
{
    public SaveSingleSignOnValidator()
    {
        RuleFor(s => s.Issuer).NotEmpty().WithMessage("Give your provider's issuer, for example https://login.example.com/.")
            .Must(issuer => CallbackAddress.IsAllowed(issuer, 300)).WithMessage("The issuer is an https:// address, as your provider's discovery document gives it.");
        RuleFor(s => s.ClientId).NotEmpty().WithMessage("Give the client id your provider issued for InterimExchange.")
            .MaximumLength(200).WithMessage("Keep the client id under 200 characters.");
        RuleFor(s => s.ClientSecret).MaximumLength(500).WithMessage("Keep the secret under 500 characters.");
        RuleFor(s => s.EmailDomain).NotEmpty().WithMessage("Give the domain of your people's email addresses, for example northbridge.example.")
            .Must(domain => domain is null || Domain().IsMatch(domain.Trim().TrimStart('@'))).WithMessage("Give a domain such as northbridge.example, without a name before it.")
            .Must(domain => domain is null || !IsFreeMail(domain.Trim().TrimStart('@').ToLowerInvariant()))
            .WithMessage("Anyone can open an address at this email service: give a domain that only your organisation uses.");
    }

    /// <summary>Email services where anyone can open an address: their people are not one organisation's.</summary>
    private static readonly FrozenSet<string> FreeMail = new[]
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "ymail.com", "rocketmail.com", "aol.com",
        "icloud.com", "me.com", "mac.com", "proton.me", "protonmail.com", "pm.me", "gmx.com", "gmx.net", "gmx.de", "web.de", "mail.com", "zoho.com",
        "yandex.com", "yandex.ru", "mail.ru", "tutanota.com", "tuta.io", "fastmail.com", "hey.com", "qq.com", "163.com", "126.com",
        "ziggo.nl", "kpnmail.nl", "kpnplanet.nl", "planet.nl", "hetnet.nl", "home.nl", "xs4all.nl", "telenet.be", "skynet.be",
    }.ToFrozenSet();

    /// <summary>The services above under their other country domains (hotmail.co.uk, yahoo.fr, outlook.nl).</summary>
    private static readonly FrozenSet<string> FreeMailBrands = new[]
    {
        "gmail", "googlemail", "outlook", "hotmail", "live", "msn", "yahoo", "ymail", "aol", "icloud", "proton", "protonmail", "gmx", "yandex", "zoho",
    }.ToFrozenSet();

    private static bool IsFreeMail(string domain)
    {
        var labels = domain.Split('.');
        var brand = labels.Length == 2 || (labels.Length == 3 && labels[1].Length <= 3) ? labels[0] : null;
        return FreeMail.Any(service => domain == service || domain.EndsWith("." + service, StringComparison.Ordinal)) || (brand is not null && FreeMailBrands.Contains(brand));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")]
    private static partial System.Text.RegularExpressions.Regex Domain();
}

/// <summary>
/// An organisation's own provider for its people's sign-in. The client secret is kept encrypted (it is sent to the provider);
/// a person signed in by the provider is linked only to the account their organisation has for the email the provider vouched for.
/// </summary>
internal sealed class SingleSignOnHandler(
    AccountsDbContext db,
    Changes<AccountsDbContext> changes,
    IDataProtectionProvider protection,
    DomainRecords domainRecords,
    SignInManager<UserAccount> signIn,
    IValidator<SaveSingleSignOn> validator)
{
    private const string SecretPurpose = "InterimExchange.SingleSignOn.Secret";

    private const string Locked = "This account is locked for 15 minutes after five failed sign-ins. Try again later, or reset your password to sign in now.";

    public Task<SingleSignOnView?> GetAsync(Guid organisationId, CancellationToken cancellationToken) =>
        db.OrganisationSignIns.AsNoTracking().Where(s => s.OrganisationId == organisationId)
            .Select(s => new SingleSignOnView(s.Issuer, s.ClientId, s.EmailDomain, s.UpdatedAtUtc, s.ProvedDomain != null, DomainRecords.Name + s.EmailDomain,
                OrganisationSignIn.DomainRecordPrefix + s.DomainToken))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<Result> SaveAsync(SaveSingleSignOn request, CancellationToken cancellationToken)
    {
        if (await validator.RefusalAsync(request, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var domain = request.EmailDomain!.Trim().TrimStart('@').ToLowerInvariant();
        return await changes.ApplyAsync(async c => await IsAdminAsync(request.OrganisationId, request.UserId, c)
                ? await db.OrganisationSignIns.SingleOrDefaultAsync(s => s.OrganisationId == request.OrganisationId, c) ?? Added(new OrganisationSignIn(request.OrganisationId))
                : null,
            async (settings, now) =>
            {
                var secret = string.IsNullOrWhiteSpace(request.ClientSecret) ? null : protection.CreateProtector(SecretPurpose).Protect(request.ClientSecret.Trim());
                settings.Set(request.Issuer!, request.ClientId!, secret, domain, await ProvedByAnotherAsync(request.OrganisationId, domain, cancellationToken), now);
                return null;
            }, cancellationToken);
    }

    /// <summary>Reads the TXT records of the organisation's domain now, and marks the domain proved when one holds its token.</summary>
    public Task<Result> ProveDomainAsync(Guid organisationId, Guid userId, CancellationToken cancellationToken) =>
        changes.ApplyAsync(async c => await IsAdminAsync(organisationId, userId, c)
                ? await db.OrganisationSignIns.SingleOrDefaultAsync(s => s.OrganisationId == organisationId, c)
                : null,
            async (settings, _) =>
            {
                settings.ProveDomain(await domainRecords.TxtAsync(settings.EmailDomain, cancellationToken),
                    await ProvedByAnotherAsync(organisationId, settings.EmailDomain, cancellationToken));
                return null;
            }, cancellationToken);

    public Task<Result> RemoveAsync(Guid organisationId, Guid userId, CancellationToken cancellationToken) =>
        changes.ApplyAsync(async c => await IsAdminAsync(organisationId, userId, c)
                ? await db.OrganisationSignIns.SingleOrDefaultAsync(s => s.OrganisationId == organisationId, c)
                : null,
            object? (settings, _) =>
            {
                db.OrganisationSignIns.Remove(settings);
                return null;
            }, cancellationToken);

    public async Task<SingleSignOnProvider?> ForEmailAsync(string email, CancellationToken cancellationToken)
    {
        var at = email.Trim().LastIndexOf('@');
        var domain = at < 0 ? "" : email.Trim()[(at + 1)..].ToLowerInvariant();
        return domain.Length == 0 ? null : Provider(await InUse.SingleOrDefaultAsync(s => s.ProvedDomain == domain, cancellationToken));
    }

    public async Task<SingleSignOnProvider?> ForOrganisationAsync(Guid organisationId, CancellationToken cancellationToken) =>
        Provider(await InUse.SingleOrDefaultAsync(s => s.OrganisationId == organisationId, cancellationToken));

    public async Task<Result> SignInAsync(ExternalIdentity identity, string? password, CancellationToken cancellationToken)
    {
        var provider = await ForOrganisationAsync(identity.OrganisationId, cancellationToken);
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

    private SingleSignOnProvider? Provider(OrganisationSignIn? settings) => settings is null ? null
        : new SingleSignOnProvider(settings.OrganisationId, settings.Issuer, settings.ClientId, protection.CreateProtector(SecretPurpose).Unprotect(settings.ProtectedSecret),
            settings.EmailDomain);

    /// <summary>The providers that sign people in: those whose organisation proved its domain. A claim alone sends nobody anywhere.</summary>
    private IQueryable<OrganisationSignIn> InUse => db.OrganisationSignIns.AsNoTracking().Where(s => s.ProvedDomain != null);

    private Task<bool> ProvedByAnotherAsync(Guid organisationId, string domain, CancellationToken cancellationToken) =>
        db.OrganisationSignIns.AnyAsync(s => s.ProvedDomain == domain && s.OrganisationId != organisationId, cancellationToken);

    private OrganisationSignIn Added(OrganisationSignIn settings)
    {
        db.OrganisationSignIns.Add(settings);
        return settings;
    }

    private Task<bool> IsAdminAsync(Guid organisationId, Guid userId, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.Id == userId && u.OrganisationId == organisationId && u.IsOrganisationAdmin, cancellationToken);
}
