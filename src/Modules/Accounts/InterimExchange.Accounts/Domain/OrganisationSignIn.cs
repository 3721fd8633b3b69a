using System.Security.Cryptography;

namespace InterimExchange.Accounts.Domain;

/// <summary>
/// An organisation's own OpenID Connect provider, for its people whose email is in <see cref="EmailDomain"/>. The domain is
/// used only once the organisation proved it controls it, by a TXT record holding <see cref="DomainRecord"/>.
/// </summary>
internal sealed class OrganisationSignIn
{
    /// <summary>What a TXT record of the domain holds, before the token, to prove the organisation controls the domain.</summary>
    public const string DomainRecordPrefix = "interimexchange-verification=";

    public Guid OrganisationId { get; private set; }

    public string Issuer { get; private set; } = "";

    public string ClientId { get; private set; } = "";

    /// <summary>Encrypted with the app's data-protection keys: the app sends it to the provider.</summary>
    public string ProtectedSecret { get; private set; } = "";

    /// <summary>Lower case, without the @.</summary>
    public string EmailDomain { get; private set; } = "";

    /// <summary>Random, new with each domain claimed: only whoever controls the domain's DNS can publish it there.</summary>
    public string DomainToken { get; private set; } = "";

    /// <summary>
    /// <see cref="EmailDomain"/> once its TXT record proved the organisation controls it, else null. Only a proved domain sends
    /// its people's sign-ins to the provider, and a domain is proved by one organisation only (a unique index).
    /// </summary>
    public string? ProvedDomain { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public string DomainRecord => DomainRecordPrefix + DomainToken;

    private OrganisationSignIn()
    {
    }

    public OrganisationSignIn(Guid organisationId) => OrganisationId = organisationId;

    public void Set(string issuer, string clientId, string? protectedSecret, string emailDomain, bool provedByAnother, DateTime nowUtc)
    {
        BusinessRuleException.Require(protectedSecret is not null || ProtectedSecret.Length > 0, "Give the client secret your provider issued.", nameof(SaveSingleSignOnCommand.ClientSecret));
        var domain = emailDomain.Trim().TrimStart('@').ToLowerInvariant();
        BusinessRuleException.Require(!provedByAnother, "Another organisation has proved that this domain is theirs.", nameof(SaveSingleSignOnCommand.EmailDomain));
        if (domain != EmailDomain || DomainToken.Length == 0)
        {
            // A new domain needs its own proof: a record published for the one before proves nothing about it.
            DomainToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            ProvedDomain = null;
        }

        Issuer = issuer.Trim();
        ClientId = clientId.Trim();
        ProtectedSecret = protectedSecret ?? ProtectedSecret;
        EmailDomain = domain;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Marks the domain proved when one of the TXT records published for it holds this organisation's token.</summary>
    public void ProveDomain(IEnumerable<string> records, bool provedByAnother)
    {
        BusinessRuleException.Require(!provedByAnother, "Another organisation has proved that this domain is theirs.", nameof(SaveSingleSignOnCommand.EmailDomain));
        BusinessRuleException.Require(records.Any(r => r.Trim() == DomainRecord),
            $"No TXT record of {EmailDomain} holds {DomainRecord} yet. Add it at your DNS provider; once it is published, check again.", nameof(SaveSingleSignOnCommand.EmailDomain));
        ProvedDomain = EmailDomain;
    }
}
