using InterimExchange.BuildingBlocks.Results;

namespace InterimExchange.Accounts.Contracts;

/// <summary>
/// An organisation that signs its people in through its own OpenID Connect provider: the provider's issuer and the client the
/// organisation registered there, for the people whose email is in its domain. It links only to accounts the organisation has.
/// </summary>
public interface ISingleSignOn
{
    Task<SingleSignOnView?> GetAsync(Guid organisationId, CancellationToken cancellationToken);

    /// <summary>Sets the organisation's provider (its admin only); a blank secret keeps the one saved before.</summary>
    Task<Result> SaveAsync(SaveSingleSignOn request, CancellationToken cancellationToken);

    Task<Result> RemoveAsync(Guid organisationId, Guid userId, CancellationToken cancellationToken);

    /// <summary>The provider that signs in the person with this email, or null when their domain has none.</summary>
    Task<SingleSignOnProvider?> ForEmailAsync(string email, CancellationToken cancellationToken);

    Task<SingleSignOnProvider?> ForOrganisationAsync(Guid organisationId, CancellationToken cancellationToken);

    /// <summary>
    /// Signs in the account of the organisation with the email the provider vouched for, and remembers the provider's id for
    /// it. Refused when the organisation has no such account: a person joins by invitation first.
    /// </summary>
    Task<Result> SignInAsync(ExternalIdentity identity, CancellationToken cancellationToken);
}

public sealed record SaveSingleSignOn(Guid OrganisationId, Guid UserId, string? Issuer, string? ClientId, string? ClientSecret, string? EmailDomain);

public sealed record SingleSignOnView(string Issuer, string ClientId, string EmailDomain, DateTime UpdatedAtUtc);

/// <summary>What the sign-in handler needs to send a person to their organisation's provider.</summary>
public sealed record SingleSignOnProvider(Guid OrganisationId, string Issuer, string ClientId, string ClientSecret, string EmailDomain);

/// <summary>A person as their organisation's provider vouched for them.</summary>
public sealed record ExternalIdentity(Guid OrganisationId, string Issuer, string Subject, string? Email);
