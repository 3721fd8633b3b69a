using InterimExchange.BuildingBlocks.Results;

namespace InterimExchange.Accounts.Contracts;

/// <summary>
/// An organisation that signs its people in through its own OpenID Connect provider: the provider's issuer and the client the
/// organisation registered there, for the people whose email is in its domain. It links only to accounts the organisation has.
/// </summary>
public interface ISingleSignOn
{
    Task<SingleSignOnView?> GetAsync(Guid organisationId, CancellationToken cancellationToken);

    /// <summary>
    /// Sets the organisation's provider (its admin only); a blank secret keeps the one saved before. A domain newly claimed gets a
    /// new token and sends no sign-in anywhere until <see cref="ProveDomainAsync"/> found the token in its DNS. Free-mail
    /// domains and a domain another organisation proved are refused.
    /// </summary>
    Task<Result> SaveAsync(SaveSingleSignOn request, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the TXT records of the organisation's domain (its admin only) and marks the domain proved when one holds the
    /// organisation's token; from then on the domain is this organisation's alone.
    /// </summary>
    Task<Result> ProveDomainAsync(Guid organisationId, Guid userId, CancellationToken cancellationToken);

    Task<Result> RemoveAsync(Guid organisationId, Guid userId, CancellationToken cancellationToken);

    /// <summary>The provider that signs in the person with this email, or null when no organisation proved their domain.</summary>
    Task<SingleSignOnProvider?> ForEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>The organisation's provider, or null when it has none or has not proved its domain.</summary>
    Task<SingleSignOnProvider?> ForOrganisationAsync(Guid organisationId, CancellationToken cancellationToken);

    /// <summary>
    /// Signs in the account the provider's id is linked to. The first time, links it to the account of the organisation whose email
    /// is the one the provider verified, exactly, once the person confirms with their <paramref name="password"/>: until then the
    /// result is an error on <see cref="ExternalIdentity.PasswordField"/>. Refused when the organisation has no such account (a
    /// person joins by invitation first) or the account is locked, as the password sign-in is.
    /// </summary>
    Task<Result> SignInAsync(ExternalIdentity identity, string? password, CancellationToken cancellationToken);
}

public sealed record SaveSingleSignOn(Guid OrganisationId, Guid UserId, string? Issuer, string? ClientId, string? ClientSecret, string? EmailDomain);

/// <summary>The organisation's settings; until <paramref name="DomainProved"/>, a TXT record at <paramref name="ProofName"/> (or at the domain itself) holding <paramref name="ProofRecord"/> is wanted.</summary>
public sealed record SingleSignOnView(string Issuer, string ClientId, string EmailDomain, DateTime UpdatedAtUtc, bool DomainProved, string ProofName, string ProofRecord);

/// <summary>What the sign-in handler needs to send a person to their organisation's provider.</summary>
public sealed record SingleSignOnProvider(Guid OrganisationId, string Issuer, string ClientId, string ClientSecret, string EmailDomain);

/// <summary>A person as their organisation's provider vouched for them: <paramref name="EmailVerified"/> when it says the email is theirs.</summary>
public sealed record ExternalIdentity(Guid OrganisationId, string Issuer, string Subject, string? Email, bool EmailVerified)
{
    /// <summary>The field of the password that confirms the first sign-in through a provider.</summary>
    public const string PasswordField = "Password";
}
