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

    public Guid RegisteredBy { get; private set; }

    public DateTime RegisteredAtUtc { get; private set; }

    public DateTime? DisabledAtUtc { get; private set; }

    private Integration()
    {
    }

    public Integration(Guid organisationId, string name, IEnumerable<string> scopes, Guid registeredBy, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        Name = name.Trim();
        ClientId = $"ix-{Id:N}";
        Scopes = string.Join(' ', scopes);
        RegisteredBy = registeredBy;
        RegisteredAtUtc = nowUtc;
    }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public void RequireEnabled() =>
        BusinessRuleException.Require(DisabledAtUtc is null, "This integration is disabled. Register a new one to connect again.");

    public void Disable(DateTime nowUtc)
    {
        RequireEnabled();
        DisabledAtUtc = nowUtc;
    }
}
