namespace InterimExchange.Accounts.Domain;

/// <summary>
/// A system that uses the API on an organisation's behalf: the OAuth client (OpenIddict's application, which holds the hashed
/// secret) tied to the organisation that registered it, with the scopes it may ask for.
/// </summary>
internal sealed class Integration
{
    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; } = "";

    public string ClientId { get; private set; } = "";

    /// <summary>Space-separated, as OAuth writes scopes.</summary>
    public string Scopes { get; private set; } = "";

    /// <summary>Space-separated OAuth grant types: <c>client_credentials</c> acts as the organisation, <c>authorization_code</c> for a signed-in person.</summary>
    public string GrantTypes { get; private set; } = IntegrationGrants.ClientCredentials;

    /// <summary>Space-separated addresses the people who consent are sent back to (and after signing out); for <c>authorization_code</c>.</summary>
    public string RedirectUris { get; private set; } = "";

    /// <summary>An app that cannot keep a secret (on a phone or in a browser): it has none, and proves itself with PKCE alone.</summary>
    public bool IsPublic { get; private set; }

    public Guid RegisteredBy { get; private set; }

    public DateTime RegisteredAtUtc { get; private set; }

    public DateTime? DisabledAtUtc { get; private set; }

    private Integration()
    {
    }

    public Integration(Guid organisationId, RegisterIntegrationCommand request, Guid registeredBy, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        Name = PlainText.SingleLine(request.Name);
        ClientId = RegisterIntegrationCommand.ClientIdOf(Id);
        Scopes = string.Join(' ', request.Scopes.Distinct());
        GrantTypes = string.Join(' ', request.GrantTypes.Distinct());
        RedirectUris = string.Join(' ', request.RedirectUris.Distinct());
        IsPublic = request.Public;
        RegisteredBy = registeredBy;
        RegisteredAtUtc = nowUtc;
    }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> GrantTypeList => GrantTypes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> RedirectUriList => RedirectUris.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public void RequireEnabled() =>
        BusinessRuleException.Require(DisabledAtUtc is null, "This integration is disabled. Register a new one to connect again.");

    public void Disable(DateTime nowUtc)
    {
        RequireEnabled();
        DisabledAtUtc = nowUtc;
    }

    /// <summary>The person who registered it left: from now on the API records its changes as <paramref name="successor"/>'s.</summary>
    public void HandOver(Guid successor) => RegisteredBy = successor;
}
