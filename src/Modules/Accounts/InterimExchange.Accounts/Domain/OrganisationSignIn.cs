namespace InterimExchange.Accounts.Domain;

/// <summary>An organisation's own OpenID Connect provider, for its people whose email is in <see cref="EmailDomain"/>.</summary>
internal sealed class OrganisationSignIn
{
    public Guid OrganisationId { get; private set; }

    public string Issuer { get; private set; } = "";

    public string ClientId { get; private set; } = "";

    /// <summary>Encrypted with the app's data-protection keys: the app sends it to the provider.</summary>
    public string ProtectedSecret { get; private set; } = "";

    /// <summary>Lower case, without the @.</summary>
    public string EmailDomain { get; private set; } = "";

    public DateTime UpdatedAtUtc { get; private set; }

    private OrganisationSignIn()
    {
    }

    public OrganisationSignIn(Guid organisationId) => OrganisationId = organisationId;

    public void Set(string issuer, string clientId, string? protectedSecret, string emailDomain, DateTime nowUtc)
    {
        BusinessRuleException.Require(protectedSecret is not null || ProtectedSecret.Length > 0, "Give the client secret your provider issued.", nameof(SaveSingleSignOn.ClientSecret));
        Issuer = issuer.Trim();
        ClientId = clientId.Trim();
        ProtectedSecret = protectedSecret ?? ProtectedSecret;
        EmailDomain = emailDomain.Trim().TrimStart('@').ToLowerInvariant();
        UpdatedAtUtc = nowUtc;
    }
}
