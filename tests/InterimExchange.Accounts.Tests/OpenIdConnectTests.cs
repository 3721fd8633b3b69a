using InterimExchange.Web;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Duende.IdentityModel.Client;
using Duende.IdentityModel.OidcClient;
using Duende.IdentityModel.OidcClient.Browser;
using Duende.IdentityModel.OidcClient.Results;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Testing;
using InterimExchange.Web.Api;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Accounts.Tests;

/// <summary>
/// An app acting for a person, through a real OpenID Connect client (Duende OidcClient): the code flow with PKCE through
/// sign-in and consent, refresh with rotation, revocation and sign-out, against the running app.
/// </summary>
public sealed partial class OpenIdConnectTests(OpenIdConnectTests.Factory app) : IClassFixture<OpenIdConnectTests.Factory>
{
    private const string Amelia = "amelia.hart@northbridge.example";
    private const string Tom = "tom.okafor@northbridge.example";
    private const string Maria = "maria.santos@meridianquality.example";
    private const string Callback = "https://ats.example/signin-interimexchange";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The app on the real date: the client checks the identity tokens' lifetimes against its own clock.</summary>
    public sealed class Factory : PortalFactory
    {
        public Factory() => Clock.SetUtcNow(DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task A_person_signs_in_and_agrees_and_the_app_reads_their_organisation_s_briefs_as_them_until_the_token_is_revoked()
    {
        var (clientId, secret) = await RegisterAsync("Northbridge ATS", [ApiScopes.BriefsRead]);
        var browser = new PersonBrowser(app, Tom);
        var oidc = Client(clientId, secret, browser, $"openid profile email offline_access {ApiScopes.BriefsRead}");

        var login = await oidc.LoginAsync(cancellationToken: Cancel);
        login.IsError.ShouldBeFalse(login.Error + " " + login.ErrorDescription);
        browser.Shown.ShouldContain(page => page.Contains("Sign in"));
        var consent = WebUtility.HtmlDecode(browser.Shown.Last());
        consent.ShouldContain("Let <em>Northbridge ATS</em> act for you?");
        consent.ShouldContain(ApiScopes.Descriptions[ApiScopes.BriefsRead]);
        consent.ShouldContain(ApiScopes.PersonDescriptions["offline_access"]);
        login.User.FindFirst("name")!.Value.ShouldBe("Tom Okafor");
        login.User.FindFirst("email")!.Value.ShouldBe(Tom);
        login.RefreshToken.ShouldNotBeNullOrEmpty();

        var ats = Bearer(login.AccessToken);
        (await ats.GetStringAsync("/api/v1/briefs", Cancel)).ShouldContain("Interim Head of Quality");
        (await ats.GetAsync("/api/v1/routed", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Agreed once: the next sign-in asks nothing.
        var again = new PersonBrowser(app, Tom);
        var second = await Client(clientId, secret, again, $"openid {ApiScopes.BriefsRead}").LoginAsync(cancellationToken: Cancel);
        second.IsError.ShouldBeFalse(second.Error);
        again.Shown.ShouldNotContain(page => page.Contains("act for you?"));

        var revoked = await Backchannel().RevokeTokenAsync(new TokenRevocationRequest
        {
            Address = "/connect/revoke", ClientId = clientId, ClientSecret = secret, Token = login.AccessToken, TokenTypeHint = "access_token",
        }, Cancel);
        revoked.IsError.ShouldBeFalse(revoked.Error);
        (await ats.GetAsync("/api/v1/briefs", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_person_withdraws_an_app_from_their_settings_and_its_tokens_stop_while_another_person_cannot_withdraw_it()
    {
        var (clientId, secret) = await RegisterAsync("Withdrawn ATS", [ApiScopes.BriefsRead]);
        var oidc = Client(clientId, secret, new PersonBrowser(app, Tom), $"openid offline_access {ApiScopes.BriefsRead}");
        var login = await oidc.LoginAsync(cancellationToken: Cancel);
        login.IsError.ShouldBeFalse(login.Error);

        var tom = await app.SignedInAsync(Tom);
        var settings = WebUtility.HtmlDecode(await tom.GetStringAsync("/settings", Cancel));
        settings.ShouldContain("Withdrawn ATS");
        settings.ShouldContain(ApiScopes.Descriptions[ApiScopes.BriefsRead]);
        var agreement = AgreementRegex().Match(settings, settings.IndexOf("Withdrawn ATS", StringComparison.Ordinal)).Groups[1].Value;

        var amelia = await app.SignedInAsync(Amelia);
        (await amelia.PostFormAsync("/settings", [], $"/settings?handler=Withdraw&agreementId={agreement}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Bearer(login.AccessToken).GetAsync("/api/v1/briefs", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var withdrawn = await tom.PostFormAsync("/settings", [], $"/settings?handler=Withdraw&agreementId={agreement}");
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await tom.GetStringAsync("/settings", Cancel)).ShouldContain("The app no longer acts for you");
        (await Bearer(login.AccessToken).GetAsync("/api/v1/briefs", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await oidc.RefreshTokenAsync(login.RefreshToken, cancellationToken: Cancel)).IsError.ShouldBeTrue();
    }

    [Fact]
    public async Task A_person_removed_from_their_organisation_loses_every_app_s_tokens_at_once()
    {
        const string Lee = "lee.leaver@northbridge.example";
        var (clientId, secret) = await RegisterAsync("Leaver ATS", [ApiScopes.BriefsRead]);
        var amelia = await app.SignedInAsync(Amelia);
        (await amelia.PostFormAsync("/organisation/team", new() { ["Email"] = Lee }, "/organisation/team?handler=Invite")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var link = PortalFactory.LinkIn(await app.EmailToAsync(Lee, "invites you"), "/account/invitation");
        (await app.Anonymous().PostFormAsync(link, new() { ["Input.DisplayName"] = "Lee Leaver", ["Input.Password"] = DemoAccounts.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var oidc = Client(clientId, secret, new PersonBrowser(app, Lee), $"openid offline_access {ApiScopes.BriefsRead}");
        var login = await oidc.LoginAsync(cancellationToken: Cancel);
        login.IsError.ShouldBeFalse(login.Error);
        (await Bearer(login.AccessToken).GetAsync("/api/v1/briefs", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var (leeId, ameliaId) = await app.WithAsync(async sp =>
        {
            var accounts = sp.GetRequiredService<IAccounts>();
            return ((await accounts.AskAsync(new FindAccountQuery(Lee), Cancel))!.Value, (await accounts.AskAsync(new FindAccountQuery(Amelia), Cancel))!.Value);
        });
        (await amelia.PostFormAsync("/organisation/team", new() { ["Removal.UserId"] = leeId.ToString(), ["Removal.SuccessorId"] = ameliaId.ToString() },
            "/organisation/team?handler=Remove")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await Bearer(login.AccessToken).GetAsync("/api/v1/briefs", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await oidc.RefreshTokenAsync(login.RefreshToken, cancellationToken: Cancel)).IsError.ShouldBeTrue();
    }

    [Fact]
    public async Task A_refresh_token_rolls_and_one_used_twice_ends_the_whole_grant()
    {
        var (clientId, secret) = await RegisterAsync("Rolling", [ApiScopes.BriefsRead]);
        var oidc = Client(clientId, secret, new PersonBrowser(app, Amelia), $"openid offline_access {ApiScopes.BriefsRead}");
        var login = await oidc.LoginAsync(cancellationToken: Cancel);
        login.IsError.ShouldBeFalse(login.Error);

        var refreshed = await oidc.RefreshTokenAsync(login.RefreshToken, cancellationToken: Cancel);
        refreshed.IsError.ShouldBeFalse(refreshed.Error);
        refreshed.RefreshToken.ShouldNotBe(login.RefreshToken);
        (await Bearer(refreshed.AccessToken).GetAsync("/api/v1/briefs", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Past the grace for requests in flight, the first refresh token comes back: someone else holds a copy.
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var reused = await oidc.RefreshTokenAsync(login.RefreshToken, cancellationToken: Cancel);
        reused.IsError.ShouldBeTrue();
        reused.Error.ShouldBe("invalid_grant");
        (await oidc.RefreshTokenAsync(refreshed.RefreshToken, cancellationToken: Cancel)).IsError.ShouldBeTrue();
        (await Bearer(refreshed.AccessToken).GetAsync("/api/v1/briefs", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_person_of_another_organisation_cannot_let_the_app_act_and_a_refusal_reaches_the_app()
    {
        var (clientId, secret) = await RegisterAsync("Northbridge only", [ApiScopes.BriefsRead]);

        var maria = new PersonBrowser(app, Maria);
        var refused = await Client(clientId, secret, maria, $"openid {ApiScopes.BriefsRead}").LoginAsync(cancellationToken: Cancel);
        refused.IsError.ShouldBeTrue();
        refused.Error.ShouldBe("access_denied");
        maria.Shown.ShouldNotContain(page => page.Contains("act for you?"));

        var tom = new PersonBrowser(app, Tom, agree: false);
        var declined = await Client(clientId, secret, tom, $"openid {ApiScopes.BriefsRead}").LoginAsync(cancellationToken: Cancel);
        declined.IsError.ShouldBeTrue();
        declined.Error.ShouldBe("access_denied");
        tom.Shown.ShouldContain(page => page.Contains("act for you?"));
    }

    [Fact]
    public async Task An_app_without_a_secret_proves_itself_with_PKCE_and_a_request_without_PKCE_is_refused()
    {
        var amelia = await app.SignedInAsync(Amelia);
        var html = await (await amelia.PostFormAsync("/organisation/integrations", Fields("Phone app", [ApiScopes.BriefsRead], IntegrationGrants.AuthorizationCode, publicApp: true), "/organisation/integrations?handler=Register")).Content.ReadAsStringAsync(Cancel);
        html.ShouldContain("None: this app proves itself with PKCE");
        var clientId = ClientIdIn(html);

        var login = await Client(clientId, null, new PersonBrowser(app, Amelia), $"openid {ApiScopes.BriefsRead}").LoginAsync(cancellationToken: Cancel);
        login.IsError.ShouldBeFalse(login.Error);
        (await Bearer(login.AccessToken).GetStringAsync("/api/v1/briefs", Cancel)).ShouldContain("Interim Head of Quality");

        var withoutPkce = await amelia.GetAsync(
            $"/connect/authorize?client_id={clientId}&response_type=code&scope=openid&redirect_uri={Uri.EscapeDataString(Callback)}&state=abc", Cancel);
        withoutPkce.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var elsewhere = await amelia.GetAsync(
            $"/connect/authorize?client_id={clientId}&response_type=code&scope=openid&redirect_uri={Uri.EscapeDataString("https://evil.example/cb")}&code_challenge=abc&code_challenge_method=S256", Cancel);
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Signing_out_through_the_app_ends_the_portal_session_and_returns_to_the_app_and_a_bare_link_only_asks()
    {
        var (clientId, secret) = await RegisterAsync("Sign-out", [ApiScopes.BriefsRead]);
        var browser = new PersonBrowser(app, Tom);
        var oidc = Client(clientId, secret, browser, $"openid {ApiScopes.BriefsRead}");
        var login = await oidc.LoginAsync(cancellationToken: Cancel);
        login.IsError.ShouldBeFalse(login.Error);
        (await browser.Person.GetAsync("/rpo", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A link from anywhere, without the app's identity token, only asks.
        var asked = await browser.Person.GetAsync("/connect/endsession", Cancel);
        (await asked.Content.ReadAsStringAsync(Cancel)).ShouldContain("Sign out of InterimExchange?");
        (await browser.Person.GetAsync("/rpo", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var logout = await oidc.LogoutAsync(new LogoutRequest { IdTokenHint = login.IdentityToken }, Cancel);
        logout.IsError.ShouldBeFalse(logout.Error);
        (await browser.Person.GetAsync("/rpo", Cancel)).ShouldBeRefused("/rpo");
    }

    [Fact]
    public async Task An_app_acting_for_a_person_is_offered_and_manages_webhooks_only_while_that_person_is_an_admin()
    {
        var (clientId, secret) = await RegisterAsync("Hooks app", [ApiScopes.BriefsRead, ApiScopes.WebhooksManage]);
        var scope = $"openid {ApiScopes.BriefsRead} {ApiScopes.WebhooksManage}";
        var (tomId, ameliaId) = await IdsAsync(Tom, Amelia);

        var colleague = new PersonBrowser(app, Tom);
        var asColleague = await Client(clientId, secret, colleague, scope).LoginAsync(cancellationToken: Cancel);
        asColleague.IsError.ShouldBeFalse(asColleague.Error);
        var offered = WebUtility.HtmlDecode(colleague.Shown.Last());
        offered.ShouldContain(ApiScopes.Descriptions[ApiScopes.BriefsRead]);
        offered.ShouldNotContain(ApiScopes.Descriptions[ApiScopes.WebhooksManage]);
        (await Bearer(asColleague.AccessToken).GetAsync("/api/v1/briefs", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Bearer(asColleague.AccessToken).GetAsync("/api/v1/webhooks", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await app.WithAsync(sp => sp.GetRequiredService<IAccounts>().SendAsync(new MakeAdminCommand(Callers.Rpo(Marketplace.Northbridge, userId: ameliaId, isAdmin: true), tomId), Cancel));
        try
        {
            var admin = new PersonBrowser(app, Tom);
            var asAdmin = await Client(clientId, secret, admin, scope).LoginAsync(cancellationToken: Cancel);
            asAdmin.IsError.ShouldBeFalse(asAdmin.Error);
            WebUtility.HtmlDecode(admin.Shown.Last()).ShouldContain(ApiScopes.Descriptions[ApiScopes.WebhooksManage]);
            (await Bearer(asAdmin.AccessToken).GetAsync("/api/v1/webhooks", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

            // No longer an admin: the same token, still in date and with the scope, manages nothing more.
            (await app.WithAsync(sp => sp.GetRequiredService<IAccounts>().SendAsync(new RevokeAdminCommand(Callers.Rpo(Marketplace.Northbridge, userId: ameliaId, isAdmin: true), tomId), Cancel)))
                .Succeeded.ShouldBeTrue();
            (await Bearer(asAdmin.AccessToken).GetAsync("/api/v1/webhooks", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await Bearer(asAdmin.AccessToken).PostAsJsonAsync("/api/v1/webhooks", new { address = "https://ats.example/hook", events = new[] { "proposal.received" } }, Cancel))
                .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await Bearer(asAdmin.AccessToken).GetAsync("/api/v1/briefs", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await app.WithAsync(sp => sp.GetRequiredService<IAccounts>().SendAsync(new RevokeAdminCommand(Callers.Rpo(Marketplace.Northbridge, userId: ameliaId, isAdmin: true), tomId), Cancel));
        }
    }

    [Fact]
    public async Task Signing_out_everywhere_and_a_password_reset_end_every_app_s_tokens_and_agreements()
    {
        var (clientId, secret) = await RegisterAsync("Ended by the person", [ApiScopes.BriefsRead]);
        var scope = $"openid offline_access {ApiScopes.BriefsRead}";

        var browser = new PersonBrowser(app, Tom);
        var oidc = Client(clientId, secret, browser, scope);
        var login = await oidc.LoginAsync(cancellationToken: Cancel);
        login.IsError.ShouldBeFalse(login.Error);
        (await Bearer(login.AccessToken).GetAsync("/api/v1/briefs", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.Person.PostFormAsync("/account/sign-out", [], "/account/sign-out?handler=Everywhere")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Bearer(login.AccessToken).GetAsync("/api/v1/briefs", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await oidc.RefreshTokenAsync(login.RefreshToken, cancellationToken: Cancel)).IsError.ShouldBeTrue();
        (await (await app.SignedInAsync(Tom)).GetStringAsync("/settings", Cancel)).ShouldNotContain("Ended by the person");

        var again = new PersonBrowser(app, Tom);
        oidc = Client(clientId, secret, again, scope);
        login = await oidc.LoginAsync(cancellationToken: Cancel);
        login.IsError.ShouldBeFalse(login.Error);
        again.Shown.ShouldContain(page => page.Contains("act for you?"), "the agreement ended too: the person is asked again");
        await app.Anonymous().PostFormAsync("/account/forgot-password", new() { ["Email"] = Tom });
        var link = PortalFactory.LinkIn(await app.EmailToAsync(Tom, "Reset your InterimExchange password"), "/account/reset-password");
        (await app.Anonymous().PostFormAsync(link, new()
        {
            ["Input.Email"] = Tom,
            ["Input.Token"] = System.Web.HttpUtility.ParseQueryString(new Uri("http://localhost" + link).Query)["token"]!,
            ["Input.NewPassword"] = DemoAccounts.Password,
        }, "/account/reset-password")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Bearer(login.AccessToken).GetAsync("/api/v1/briefs", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await oidc.RefreshTokenAsync(login.RefreshToken, cancellationToken: Cancel)).IsError.ShouldBeTrue();
    }

    [Fact]
    public async Task A_refresh_is_refused_once_the_person_s_security_stamp_changed_since_they_agreed()
    {
        var (clientId, secret) = await RegisterAsync("Stamped", [ApiScopes.BriefsRead]);
        var oidc = Client(clientId, secret, new PersonBrowser(app, Tom), $"openid offline_access {ApiScopes.BriefsRead}");
        var login = await oidc.LoginAsync(cancellationToken: Cancel);
        login.IsError.ShouldBeFalse(login.Error);
        var refreshed = await oidc.RefreshTokenAsync(login.RefreshToken, cancellationToken: Cancel);
        refreshed.IsError.ShouldBeFalse(refreshed.Error);

        // Changed by a path that revokes nothing itself: the refresh still sees it.
        await app.WithAsync(async sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<InterimExchange.Accounts.Domain.UserAccount>>();
            return await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(Tom))!);
        });
        var refused = await oidc.RefreshTokenAsync(refreshed.RefreshToken, cancellationToken: Cancel);
        refused.IsError.ShouldBeTrue();
        refused.Error.ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task Two_apps_of_one_person_sending_the_same_idempotency_key_each_get_their_own_answer()
    {
        var scope = $"openid {ApiScopes.WebhooksManage}";
        var key = Guid.NewGuid().ToString();
        var answers = new List<HttpResponseMessage>();
        foreach (var name in new[] { "First app", "Second app" })
        {
            var (clientId, secret) = await RegisterAsync(name, [ApiScopes.WebhooksManage]);
            var login = await Client(clientId, secret, new PersonBrowser(app, Amelia), scope).LoginAsync(cancellationToken: Cancel);
            login.IsError.ShouldBeFalse(login.Error);
            var subscription = new { address = $"https://ats.example/hooks/{key}/{answers.Count}", events = new[] { "proposal.received" } };
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks") { Content = JsonContent.Create(subscription) };
            request.Headers.Add(ApiAnswers.IdempotencyKey, key);
            answers.Add(await Bearer(login.AccessToken).SendAsync(request, Cancel));
        }

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created && !a.Headers.Contains(ApiAnswers.Replayed));
        var secrets = await Task.WhenAll(answers.Select(async a => JsonDocument.Parse(await a.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("secret").GetString()));
        secrets.Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public async Task A_sign_out_link_without_the_app_s_id_or_identity_token_does_not_send_anyone_to_a_registered_address()
    {
        var (clientId, _) = await RegisterAsync("Return address", [ApiScopes.BriefsRead]);
        var back = Uri.EscapeDataString(Callback);

        var bare = await app.Anonymous().GetAsync($"/connect/endsession?post_logout_redirect_uri={back}", Cancel);
        bare.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        bare.Headers.Location.ShouldBeNull();

        var named = await app.Anonymous().GetAsync($"/connect/endsession?client_id={clientId}&post_logout_redirect_uri={back}", Cancel);
        named.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        named.Headers.Location!.ToString().ShouldStartWith(Callback);
    }

    [Fact]
    public async Task The_issuer_is_the_configured_public_address_whatever_host_the_request_names()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/openid-configuration");
        request.Headers.Host = "attacker.example";
        var discovery = JsonDocument.Parse(await (await app.Anonymous().SendAsync(request, Cancel)).Content.ReadAsStringAsync(Cancel)).RootElement;

        discovery.GetProperty("issuer").GetString().ShouldBe("http://localhost/");
        discovery.GetProperty("token_endpoint").GetString().ShouldBe("http://localhost" + OpenIdServer.TokenPath);
        discovery.GetProperty("jwks_uri").GetString()!.ShouldStartWith("http://localhost/");
    }

    [Fact]
    public async Task Registering_an_app_for_people_needs_an_address_to_return_to_on_https_and_one_without_a_secret_cannot_act_as_the_organisation()
    {
        var amelia = await app.SignedInAsync(Amelia);
        async Task<string> RegisterAsync(IEnumerable<KeyValuePair<string, string>> fields) =>
            await (await amelia.PostFormAsync("/organisation/integrations", fields, "/organisation/integrations?handler=Register")).Content.ReadAsStringAsync(Cancel);

        var noAddress = await RegisterAsync(Fields("No address", [ApiScopes.BriefsRead], IntegrationGrants.AuthorizationCode, redirectUri: null));
        noAddress.ShouldShowErrorNextTo("RedirectUris", "Give the address people are sent back to after they agree, for example https://ats.example.com/signin-interimexchange.");
        noAddress.ShouldContain("value=\"No address\"");

        var plain = await RegisterAsync(Fields("Plain", [ApiScopes.BriefsRead], IntegrationGrants.AuthorizationCode, "http://ats.example/cb"));
        plain.ShouldContain("is not an address people can be sent back to");
        plain.ShouldContain("http://ats.example/cb");

        var publicServer = await RegisterAsync(Fields("Public server", [ApiScopes.BriefsRead], IntegrationGrants.ClientCredentials, publicApp: true));
        publicServer.ShouldShowErrorNextTo("GrantTypes",
            "An app that cannot keep a secret cannot act as your organisation: it may act only for people who sign in.");
        publicServer.ShouldNotContain("Copy the secret now");
    }

    private async Task<(string ClientId, string Secret)> RegisterAsync(string name, IReadOnlyList<string> scopes)
    {
        var amelia = await app.SignedInAsync(Amelia);
        var response = await amelia.PostFormAsync("/organisation/integrations", Fields(name, scopes, IntegrationGrants.AuthorizationCode),
            "/organisation/integrations?handler=Register");
        var html = await response.Content.ReadAsStringAsync(Cancel);
        html.ShouldContain("Copy the secret now");
        var codes = CodeRegex().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        return (codes[0], codes[1]);
    }

    private Task<(Guid, Guid)> IdsAsync(string first, string second) => app.WithAsync(async sp =>
    {
        var accounts = sp.GetRequiredService<IAccounts>();
        return ((await accounts.AskAsync(new FindAccountQuery(first), Cancel))!.Value, (await accounts.AskAsync(new FindAccountQuery(second), Cancel))!.Value);
    });

    private static string ClientIdIn(string html) => WebUtility.HtmlDecode(CodeRegex().Match(html).Groups[1].Value);

    /// <summary>The registration form as an admin fills it in.</summary>
    private static List<KeyValuePair<string, string>> Fields(string name, IReadOnlyList<string> scopes, string grant, string? redirectUri = Callback,
        bool publicApp = false) =>
        [new("Name", name), new("GrantTypes", grant), new("RedirectUris", redirectUri ?? ""), new("Public", publicApp ? "true" : "false"),
            .. scopes.Select(s => new KeyValuePair<string, string>("Scopes", s))];

    private OidcClient Client(string clientId, string? secret, IBrowser browser, string scope) => new(new OidcClientOptions
    {
        Authority = "http://localhost",
        ClientId = clientId,
        ClientSecret = secret,
        Scope = scope,
        RedirectUri = Callback,
        PostLogoutRedirectUri = Callback,
        Browser = browser,
        BackchannelHandler = app.Server.CreateHandler(),
        IdentityTokenValidator = new SignedBy(app),
        Policy = new Policy { Discovery = new DiscoveryPolicy { RequireHttps = false }, RequireIdentityTokenSignature = true },
    });

    private HttpClient Backchannel() => new(app.Server.CreateHandler()) { BaseAddress = new Uri("http://localhost") };

    private HttpClient Bearer(string accessToken)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>Checks an identity token as a relying party must: signed with a key the app publishes, for this client, from this issuer, in date.</summary>
    private sealed class SignedBy(Factory app) : IIdentityTokenValidator
    {
        public async Task<IdentityTokenValidationResult> ValidateAsync(string identityToken, OidcClientOptions options, CancellationToken cancellationToken = default)
        {
            var jwks = await app.Anonymous().GetStringAsync("/.well-known/jwks", cancellationToken);
            var result = await new JsonWebTokenHandler().ValidateTokenAsync(identityToken, new TokenValidationParameters
            {
                ValidIssuer = "http://localhost/",
                ValidAudience = options.ClientId,
                IssuerSigningKeys = new JsonWebKeySet(jwks).GetSigningKeys(),
            });
            return result.IsValid
                ? new IdentityTokenValidationResult { User = new(result.ClaimsIdentity), SignatureAlgorithm = ((JsonWebToken)result.SecurityToken).Alg }
                : new IdentityTokenValidationResult { Error = result.Exception?.Message ?? "invalid identity token" };
        }
    }

    /// <summary>
    /// The person's browser as the app sends them: it follows the redirects, signs in as <c>email</c> when asked, agrees (or
    /// refuses) on the consent page, and hands the app what reached the app's own address.
    /// </summary>
    private sealed class PersonBrowser(PortalFactory app, string email, bool agree = true) : IBrowser
    {
        public HttpClient Person { get; } = app.Anonymous();

        /// <summary>The pages it was shown, in order.</summary>
        public List<string> Shown { get; } = [];

        public async Task<BrowserResult> InvokeAsync(BrowserOptions options, CancellationToken cancellationToken = default)
        {
            var address = options.StartUrl;
            var response = await Person.GetAsync(address, cancellationToken);
            for (var step = 0; step < 10; step++)
            {
                if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
                {
                    address = new Uri(new Uri("http://localhost"), response.Headers.Location!).ToString();
                    if (address.StartsWith(options.EndUrl, StringComparison.Ordinal))
                    {
                        return new BrowserResult { ResultType = BrowserResultType.Success, Response = address };
                    }

                    response = await Person.GetAsync(address, cancellationToken);
                    continue;
                }

                var html = await response.Content.ReadAsStringAsync(cancellationToken);
                Shown.Add(html);
                if (html.Contains("name=\"Input.Password\"", StringComparison.Ordinal))
                {
                    response = await Person.PostFormAsync(address, new Dictionary<string, string>
                    {
                        ["Input.Email"] = email, ["Input.Password"] = DemoAccounts.Password,
                    });
                }
                else if (html.Contains("act for you?", StringComparison.Ordinal))
                {
                    var form = html[html.IndexOf("<main>", StringComparison.Ordinal)..];
                    var fields = HiddenRegex().Matches(form).Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)));
                    response = await Person.PostAsync($"/connect/authorize?handler={(agree ? "Accept" : "Deny")}", new FormUrlEncodedContent(fields), cancellationToken);
                }
                else
                {
                    return new BrowserResult { ResultType = BrowserResultType.HttpError, Error = $"{(int)response.StatusCode} at {address}: {html[..Math.Min(html.Length, 3000)]}" };
                }
            }

            return new BrowserResult { ResultType = BrowserResultType.UnknownError, Error = "too many steps" };
        }
    }

    [GeneratedRegex("agreementId=([^\"&]+)")]
    private static partial Regex AgreementRegex();

    [GeneratedRegex("<code>([^<]+)</code>")]
    private static partial Regex CodeRegex();

    [GeneratedRegex("<input name=\"([^\"]+)\" type=\"hidden\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenRegex();
}
