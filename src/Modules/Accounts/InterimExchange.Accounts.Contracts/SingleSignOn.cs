using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Contracts;

// An organisation that signs its people in through its own OpenID Connect provider: the provider's issuer and the client the
// organisation registered there, for the people whose email is in its domain. It links only to accounts the organisation has.

/// <summary>The caller's organisation's provider settings; null when it has none.</summary>
public sealed record SingleSignOnSettingsQuery(Caller By) : IQuery<IAccounts, SingleSignOnView?>;

/// <summary>
/// An admin sets their organisation's provider; a blank secret keeps the one saved before. A domain newly claimed gets a new
/// token and sends no sign-in anywhere until <see cref="ProveDomainCommand"/> found the token in its DNS. Free-mail domains and a
/// domain another organisation proved are refused.
/// </summary>
public sealed record SaveSingleSignOnCommand(Caller By, string? Issuer, string? ClientId, string? ClientSecret, string? EmailDomain) : ICommand<IAccounts>;

/// <summary>
/// An admin has the TXT records of their organisation's domain read, and the domain is marked proved when one holds the
/// organisation's token; from then on the domain is this organisation's alone.
/// </summary>
public sealed record ProveDomainCommand(Caller By) : ICommand<IAccounts>;

/// <summary>An admin removes their organisation's provider: its people sign in with their passwords again.</summary>
public sealed record RemoveSingleSignOnCommand(Caller By) : ICommand<IAccounts>;

/// <summary>The provider that signs in the person with this email, or null when no organisation proved their domain; asked by the sign-in page before anyone is signed in.</summary>
public sealed record ProviderForEmailQuery(string Email) : IQuery<IAccounts, SingleSignOnProvider?>;

/// <summary>The organisation's provider, or null when it has none or has not proved its domain; asked by the host's sign-in handler by the organisation's id.</summary>
public sealed record ProviderOfOrganisationQuery(Guid OrganisationId) : IQuery<IAccounts, SingleSignOnProvider?>;

/// <summary>
/// Signs in the account the provider's id is linked to. The first time, links it to the account of the organisation whose email
/// is the one the provider verified, exactly, once the person confirms with their <paramref name="Password"/>: until then the
/// result is an error on <see cref="ExternalIdentity.PasswordField"/>. Refused when the organisation has no such account (a
/// person joins by invitation first) or the account is locked, as the password sign-in is.
/// </summary>
public sealed record ProviderSignInCommand(ExternalIdentity Identity, string? Password) : ICommand<IAccounts>;

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
