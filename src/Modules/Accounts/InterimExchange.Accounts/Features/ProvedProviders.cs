using Microsoft.AspNetCore.DataProtection;

namespace InterimExchange.Accounts.Features;

/// <summary>
/// What the single sign-on use cases share: an organisation's provider settings, kept with the client secret encrypted (it is
/// sent to the provider), and the providers that sign people in, those whose organisation proved its domain. A claim alone
/// sends nobody anywhere.
/// </summary>
internal static class ProvedProviders
{
    public const string SecretPurpose = "InterimExchange.SingleSignOn.Secret";

    /// <summary>The caller's organisation's settings, when the caller is one of its admins.</summary>
    public static async Task<OrganisationSignIn?> OfAdminAsync(AccountsDbContext db, Caller by, CancellationToken cancellationToken) =>
        await IsAdminAsync(db, by, cancellationToken)
            ? await db.OrganisationSignIns.SingleOrDefaultAsync(s => s.OrganisationId == by.OrganisationId, cancellationToken)
            : null;

    public static Task<bool> IsAdminAsync(AccountsDbContext db, Caller by, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.Id == by.UserId && u.OrganisationId == by.OrganisationId && u.IsOrganisationAdmin, cancellationToken);

    public static Task<bool> ProvedByAnotherAsync(AccountsDbContext db, Guid organisationId, string domain, CancellationToken cancellationToken) =>
        db.OrganisationSignIns.AnyAsync(s => s.ProvedDomain == domain && s.OrganisationId != organisationId, cancellationToken);

    public static async Task<SingleSignOnProvider?> OfOrganisationAsync(AccountsDbContext db, IDataProtectionProvider protection, Guid organisationId,
        CancellationToken cancellationToken) =>
        Provider(protection, await InUse(db).SingleOrDefaultAsync(s => s.OrganisationId == organisationId, cancellationToken));

    public static async Task<SingleSignOnProvider?> OfDomainAsync(AccountsDbContext db, IDataProtectionProvider protection, string domain,
        CancellationToken cancellationToken) =>
        Provider(protection, await InUse(db).SingleOrDefaultAsync(s => s.ProvedDomain == domain, cancellationToken));

    private static IQueryable<OrganisationSignIn> InUse(AccountsDbContext db) => db.OrganisationSignIns.AsNoTracking().Where(s => s.ProvedDomain != null);

    private static SingleSignOnProvider? Provider(IDataProtectionProvider protection, OrganisationSignIn? settings) => settings is null ? null
        : new SingleSignOnProvider(settings.OrganisationId, settings.Issuer, settings.ClientId, protection.CreateProtector(SecretPurpose).Unprotect(settings.ProtectedSecret),
            settings.EmailDomain);
}
