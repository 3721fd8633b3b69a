using System.Collections.Frozen;
using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.DataProtection;

namespace InterimExchange.Accounts.Features.SaveSingleSignOn;

internal sealed partial class SaveSingleSignOnValidator : AbstractValidator<SaveSingleSignOnCommand>
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

/// <summary>An admin sets their organisation's provider; a domain newly claimed waits to be proved before it signs anyone in.</summary>
internal sealed class SaveSingleSignOnHandler(AccountsDbContext db, Changes<AccountsDbContext> changes, IDataProtectionProvider protection)
    : ICommandHandler<SaveSingleSignOnCommand>
{
    public Task<Result> HandleAsync(SaveSingleSignOnCommand command, CancellationToken cancellationToken)
    {
        var domain = command.EmailDomain!.Trim().TrimStart('@').ToLowerInvariant();
        return changes.ApplyAsync(async c => await ProvedProviders.IsAdminAsync(db, command.By, c)
                ? await db.OrganisationSignIns.SingleOrDefaultAsync(s => s.OrganisationId == command.By.OrganisationId, c) ?? Added(new OrganisationSignIn(command.By.OrganisationId))
                : null,
            async (settings, now) =>
            {
                var secret = string.IsNullOrWhiteSpace(command.ClientSecret)
                    ? null
                    : protection.CreateProtector(ProvedProviders.SecretPurpose).Protect(command.ClientSecret.Trim());
                settings.Set(command.Issuer!, command.ClientId!, secret, domain,
                    await ProvedProviders.ProvedByAnotherAsync(db, command.By.OrganisationId, domain, cancellationToken), now);
                return (object?)null;
            }, cancellationToken);
    }

    private OrganisationSignIn Added(OrganisationSignIn settings)
    {
        db.OrganisationSignIns.Add(settings);
        return settings;
    }
}
