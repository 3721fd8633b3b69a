using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Results;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Contracts;

// An organisation's integrations: the systems (an ATS, a CRM) that use the API on its behalf. Each is an OAuth client whose
// tokens carry the organisation that registered it, so the API applies the same tenancy as the portals.

/// <summary>The caller's organisation's integrations, enabled first, newest first.</summary>
public sealed record ListIntegrationsQuery(Caller By) : IQuery<IAccounts, IReadOnlyList<IntegrationView>>;

/// <summary>
/// An admin registers an integration of their organisation, an OAuth client: what it may do (<see cref="Scopes"/>), how it gets
/// its tokens (<see cref="GrantTypes"/>, from <see cref="IntegrationGrants"/>), where people who consent are sent back to, and
/// whether it can keep a secret. <see cref="Secret"/> (made by <see cref="NewSecret"/>; none for a public app) is stored hashed:
/// the answer to registering shows it once. The new integration's id is <see cref="Result.Id"/>; its client id is
/// <see cref="ClientIdOf"/> that id.
/// </summary>
public sealed record RegisterIntegrationCommand(Caller By, string Name, IReadOnlyList<string> Scopes, IReadOnlyList<string> GrantTypes,
    IReadOnlyList<string> RedirectUris, bool Public, string? Secret) : ICommand<IAccounts>
{
    /// <summary>256 random bits, URL-safe: a fresh secret for the integration about to be registered or given a new secret.</summary>
    public static string NewSecret() =>
        System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>The OAuth client id of an integration.</summary>
    public static string ClientIdOf(Guid integrationId) => $"ix-{integrationId:N}";
}

/// <summary>An admin gives an integration of their organisation <see cref="Secret"/> (made by <see cref="RegisterIntegrationCommand.NewSecret"/>); the old one stops working at once.</summary>
public sealed record RotateIntegrationSecretCommand(Caller By, Guid IntegrationId, string Secret) : ICommand<IAccounts>;

/// <summary>An admin disables an integration of their organisation: it gets no new token, and the tokens it holds stop working.</summary>
public sealed record DisableIntegrationCommand(Caller By, Guid IntegrationId) : ICommand<IAccounts>;

/// <summary>The organisation behind an enabled client, for the token endpoint; null when unknown or disabled. Asked by the host's OpenID Connect server by client id.</summary>
public sealed record IntegrationClientQuery(string ClientId) : IQuery<IAccounts, IntegrationClient?>;

/// <summary>
/// The person a token is issued to through the integration: a member of the organisation that registered it. Null when the
/// integration is unknown or disabled, or the person is not one of its organisation's members. Asked by the host's OpenID Connect
/// server, consent page and API by client id and person.
/// </summary>
public sealed record IntegrationUserQuery(string ClientId, Guid UserId) : IQuery<IAccounts, IntegrationUser?>;

/// <summary>The apps the caller agreed may act for them, newest first.</summary>
public sealed record AgreedAppsQuery(Caller By) : IQuery<IAccounts, IReadOnlyList<AgreedApp>>;

/// <summary>The caller withdraws their agreement: the app's tokens for them stop at once, and it must ask again.</summary>
public sealed record WithdrawAgreementCommand(Caller By, string AgreementId) : ICommand<IAccounts>;

/// <summary>
/// Reserves an API client's <c>Idempotency-Key</c> for the request about to run, before it runs: refused when the key is held
/// already (then <see cref="RememberedAnswerQuery"/> says what it holds). Two requests with the same key at once: one runs, the
/// other is told. Sent by the API's idempotency layer, for the client it keys by.
/// </summary>
public sealed record ReserveAnswerCommand(string Caller, string Key, string Method, string Path) : ICommand<IAccounts>;

/// <summary>
/// What a held <c>Idempotency-Key</c> holds from the last 24 hours: the answer kept, or one whose <see cref="RememberedAnswer.Running"/>
/// is true while the request that holds it still runs; null when nothing holds it any more. Asked by the API's idempotency layer.
/// </summary>
public sealed record RememberedAnswerQuery(string Caller, string Key) : IQuery<IAccounts, RememberedAnswer?>;

/// <summary>Keeps the answer of the request that reserved the key, for 24 hours. Sent by the API's idempotency layer.</summary>
public sealed record RememberAnswerCommand(string Caller, string Key, RememberedAnswer Answer) : ICommand<IAccounts>;

/// <summary>Frees a reserved key whose request was refused before it ran (no scope, too many calls, a fault), so a retry runs. Sent by the API's idempotency layer.</summary>
public sealed record ForgetAnswerCommand(string Caller, string Key) : ICommand<IAccounts>;

/// <summary>
/// An API answer kept for its <c>Idempotency-Key</c>: the request it answered and what was sent back (its body as the API keeps
/// it: encrypted). A status of 0 is a request that still runs.
/// </summary>
public sealed record RememberedAnswer(string Method, string Path, int StatusCode, string? ContentType, byte[] Body)
{
    public bool Running => StatusCode == 0;
}

public sealed record IntegrationView(Guid Id, string Name, string ClientId, IReadOnlyList<string> Scopes, IReadOnlyList<string> GrantTypes,
    IReadOnlyList<string> RedirectUris, bool Public, DateTime CreatedAtUtc, DateTime? DisabledAtUtc);

/// <summary>What registering or rotating shows once: the client id and the secret (a public app has none).</summary>
public sealed record IntegrationSecret(Result Result, string? ClientId = null, string? ClientSecret = null);

/// <summary>An integration acting as its organisation; what it changes is recorded as done by the admin who registered it.</summary>
public sealed record IntegrationClient(string ClientId, string Name, Guid OrganisationId, string OrganisationName, OrganisationKind Kind, IReadOnlyList<string> Scopes,
    Guid RegisteredBy);

/// <summary>An app a person agreed may act for them, with what they agreed to.</summary>
public sealed record AgreedApp(string Id, string App, IReadOnlyList<string> Scopes, DateTime? AgreedAtUtc);

/// <summary>
/// A person a token is issued to, through an integration of their organisation: whether they are its admin now, and the version
/// of their security (a fingerprint of their security stamp), which changes when their password is reset or changed, they sign
/// out everywhere or they are removed; a grant made under another version no longer refreshes.
/// </summary>
public sealed record IntegrationUser(Guid UserId, string DisplayName, string Email, Guid OrganisationId, OrganisationKind Kind, string Integration, bool IsAdmin,
    string SecurityVersion);

/// <summary>How an integration gets its tokens: the OAuth grant types, in words.</summary>
public static class IntegrationGrants
{
    /// <summary>The integration acts as the organisation, with its secret.</summary>
    public const string ClientCredentials = "client_credentials";

    /// <summary>The integration acts for a person who signs in and consents (with PKCE, and refresh tokens when it asks for offline access).</summary>
    public const string AuthorizationCode = "authorization_code";

    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>
    {
        [ClientCredentials] = "As your organisation, with its secret: for a system that runs on its own (an ATS synchronising briefs)",
        [AuthorizationCode] = "For one of your people, who signs in and agrees: for an app people use (it sees only what that person may see)",
    };

    public static IReadOnlyList<string> All { get; } = [.. Descriptions.Keys];
}

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

    /// <summary>
    /// What only an organisation's admin does in the portal: an app acting for a person is offered these only when the person is
    /// an admin, and uses them only while the person still is.
    /// </summary>
    public static IReadOnlyList<string> AdminOnly { get; } = [WebhooksManage];

    /// <summary>The OpenID Connect scopes an app acting for a person may ask for besides the API's, in words.</summary>
    public static IReadOnlyDictionary<string, string> PersonDescriptions { get; } = new Dictionary<string, string>
    {
        ["openid"] = "Know it is you who signed in",
        ["profile"] = "See your name",
        ["email"] = "See your email address",
        ["offline_access"] = "Keep this access while you are away, until you or your organisation's admin withdraw it",
    };

    /// <summary>A scope in the words shown to the person asked to grant it.</summary>
    public static string Describe(string scope) =>
        Descriptions.TryGetValue(scope, out var words) || PersonDescriptions.TryGetValue(scope, out words) ? words : scope;

    public static IReadOnlyList<string> For(OrganisationKind kind) => kind switch
    {
        OrganisationKind.RpoProvider => [BriefsRead, BriefsWrite, OutcomesRead, WebhooksManage],
        OrganisationKind.SpecialistFirm => [RoutedRead, RoutedRespond, ProposalsWrite, OutcomesRead, WebhooksManage],
        _ => [],
    };
}
