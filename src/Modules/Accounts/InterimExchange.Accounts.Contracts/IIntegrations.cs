using InterimExchange.BuildingBlocks.Results;

namespace InterimExchange.Accounts.Contracts;

/// <summary>
/// An organisation's integrations: the systems (an ATS, a CRM) that use the API on its behalf. Each is an OAuth client whose
/// tokens carry the organisation that registered it, so the API applies the same tenancy as the portals.
/// </summary>
public interface IIntegrations
{
    Task<IReadOnlyList<IntegrationView>> ListAsync(Guid organisationId, CancellationToken cancellationToken);

    /// <summary>Registers a client for the client-credentials grant; its secret is in the answer and nowhere else (it is stored hashed).</summary>
    Task<IntegrationSecret> RegisterAsync(RegisterIntegration request, CancellationToken cancellationToken);

    /// <summary>Gives the integration a new secret; the old one stops working at once.</summary>
    Task<IntegrationSecret> RotateSecretAsync(IntegrationCommand command, CancellationToken cancellationToken);

    /// <summary>Disables the integration: it gets no new token, and the tokens it holds stop working.</summary>
    Task<Result> DisableAsync(IntegrationCommand command, CancellationToken cancellationToken);

    /// <summary>The organisation behind an enabled client, for the token endpoint; null when unknown or disabled.</summary>
    Task<IntegrationClient?> FindClientAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>The first answer to a client's request with this <c>Idempotency-Key</c> in the last 24 hours; null when there is none.</summary>
    Task<RememberedAnswer?> RecallAsync(string clientId, string key, CancellationToken cancellationToken);

    /// <summary>Keeps the answer for 24 hours; a second answer with the same key (two requests at once) keeps the first.</summary>
    Task RememberAsync(string clientId, string key, RememberedAnswer answer, CancellationToken cancellationToken);
}

/// <summary>An API answer kept for its <c>Idempotency-Key</c>: the request it answered and what was sent back.</summary>
public sealed record RememberedAnswer(string Method, string Path, int StatusCode, string? ContentType, byte[] Body);

public sealed record RegisterIntegration(Guid OrganisationId, Guid UserId, string Name, IReadOnlyList<string> Scopes);

/// <summary>An organisation admin acting on one of the organisation's integrations.</summary>
public sealed record IntegrationCommand(Guid OrganisationId, Guid UserId, Guid IntegrationId);

public sealed record IntegrationView(Guid Id, string Name, string ClientId, IReadOnlyList<string> Scopes, DateTime CreatedAtUtc, DateTime? DisabledAtUtc);

/// <summary>The answer to registering or rotating: the client id and the secret, shown once.</summary>
public sealed record IntegrationSecret(Result Result, string? ClientId = null, string? ClientSecret = null);

public sealed record IntegrationClient(string ClientId, string Name, Guid OrganisationId, OrganisationKind Kind, IReadOnlyList<string> Scopes);

/// <summary>The API's scopes, by area; an organisation's integration may ask for those of its kind.</summary>
public static class ApiScopes
{
    public const string BriefsRead = "briefs.read";
    public const string BriefsWrite = "briefs.write";
    public const string RoutedRead = "routed.read";
    public const string RoutedRespond = "routed.respond";
    public const string ProposalsWrite = "proposals.write";
    public const string OutcomesRead = "outcomes.read";
    public const string WebhooksManage = "webhooks.manage";

    /// <summary>Each scope in the plain words shown to the people who grant it.</summary>
    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>
    {
        [BriefsRead] = "Read your briefs, their routed firms and the firms' answers",
        [BriefsWrite] = "Create and edit draft briefs, and invite the client's executive",
        [RoutedRead] = "Read the briefs routed to your firm",
        [RoutedRespond] = "Answer routed briefs: interested, or decline with a reason",
        [ProposalsWrite] = "Write and submit proposals",
        [OutcomesRead] = "Read outcomes and decision-by dates",
        [WebhooksManage] = "Manage webhook subscriptions",
    };

    public static IReadOnlyList<string> All { get; } = [.. Descriptions.Keys];

    public static IReadOnlyList<string> For(OrganisationKind kind) => kind switch
    {
        OrganisationKind.RpoProvider => [BriefsRead, BriefsWrite, OutcomesRead, WebhooksManage],
        OrganisationKind.SpecialistFirm => [RoutedRead, RoutedRespond, ProposalsWrite, OutcomesRead, WebhooksManage],
        _ => [],
    };
}
