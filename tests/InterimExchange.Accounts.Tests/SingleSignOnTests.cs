using InterimExchange.Web;
using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using InterimExchange.Accounts.Contracts;
using InterimExchange.BuildingBlocks.Results;
using InterimExchange.Testing;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Server;

namespace InterimExchange.Accounts.Tests;

/// <summary>
/// An organisation signs its people in through its own OpenID Connect provider: here another InterimExchange, whose OpenIddict
/// server acts as Northbridge's provider, at its own address.
/// </summary>
public sealed partial class SingleSignOnTests : IAsyncDisposable
{
    private const string Amelia = "amelia.hart@northbridge.example";
    private const string Tom = "tom.okafor@northbridge.example";
    private static readonly Uri ProviderAddress = new("http://localhost:5999/");

    private readonly PortalFactory provider = new VouchingProvider();
    private readonly DnsServer dns = new();
    private readonly App app;

    public SingleSignOnTests()
    {
        // On the real date: the app checks the provider's identity tokens against its own clock.
        provider.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        app = new App(provider, dns);
        app.Clock.SetUtcNow(DateTimeOffset.UtcNow);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>
    /// The provider, saying in its identity tokens that a person's email is verified, as providers that verify addresses do
    /// (the app's own server says nothing of it).
    /// </summary>
    private sealed class VouchingProvider : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // Its tokens and discovery name its own public address as their issuer.
            builder.UseSetting("Site:PublicUrl", ProviderAddress.ToString());
            builder.ConfigureServices(services => services.AddOpenIddict().AddServer(server => server.AddEventHandler<OpenIddictServerEvents.ProcessSignInContext>(handler =>
                handler.UseInlineHandler(context =>
                {
                    if (context.Principal?.Identity is ClaimsIdentity identity && identity.FindFirst(OpenIddictConstants.Claims.Email) is not null)
                    {
                        foreach (var said in identity.FindAll(OpenIddictConstants.Claims.EmailVerified).ToList())
                        {
                            identity.RemoveClaim(said);
                        }

                        var verified = new Claim(OpenIddictConstants.Claims.EmailVerified, "true", ClaimValueTypes.Boolean);
                        verified.SetDestinations(OpenIddictConstants.Destinations.IdentityToken);
                        identity.AddClaim(verified);
                    }

                    return default;
                }).SetOrder(OpenIddictServerHandlers.PrepareIdentityTokenPrincipal.Descriptor.Order - 1))));
        }
    }

    /// <summary>The app, reaching the provider in memory and reading the proof of email domains from the test's DNS server.</summary>
    private sealed class App(PortalFactory provider, DnsServer dns) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("SingleSignOn:DnsServer", dns.Address);
            builder.ConfigureServices(services => services.ConfigureAll<OpenIdConnectOptions>(options =>
            {
                options.BackchannelHttpHandler = provider.Server.CreateHandler();

                // A browser keeps the handler's Secure cookies for http://localhost (a secure context); this test's cookie container does not.
                options.CorrelationCookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
                options.NonceCookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            }));
        }
    }

    [Fact]
    public async Task A_person_signs_in_through_their_organisation_s_provider_into_the_account_their_organisation_has()
    {
        // At the provider, Northbridge registers InterimExchange as an app for its people (and for Harbour, another RPO of the app, below).
        var harbour = await HarbourAsync();
        var callback = $"http://localhost/signin-sso/{Marketplace.Northbridge:N}";
        var atProvider = provider.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ProviderAddress });
        (await atProvider.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = Amelia, ["Input.Password"] = DemoAccounts.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var registered = await (await atProvider.PostFormAsync("/organisation/integrations",
            [new("Name", "InterimExchange"), new("Scopes", ApiScopes.BriefsRead), new("GrantTypes", IntegrationGrants.AuthorizationCode), new("RedirectUris", $"{callback}\nhttp://localhost/signin-sso/{harbour.Id:N}")],
            "/organisation/integrations?handler=Register")).Content.ReadAsStringAsync(Cancel);
        var codes = CodeRegex().Matches(registered).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

        // Harbour claims the domain first, and proves it: Tom, vouched for by the provider, has no account at Harbour and is told so.
        Task<Result> AtHarbour(Func<IAccounts, Task<Result>> change) => app.WithAsync(sp => change(sp.GetRequiredService<IAccounts>()));
        var harbourAdmin = Callers.Rpo(harbour.Id, userId: harbour.AdminId, isAdmin: true);
        (await AtHarbour(sso => sso.SendAsync(new SaveSingleSignOnCommand(harbourAdmin, ProviderAddress.ToString(), codes[0], codes[1], "northbridge.example"), Cancel)))
            .Succeeded.ShouldBeTrue();
        var harbourProof = (await app.WithAsync(sp => sp.GetRequiredService<IAccounts>().AskAsync(new SingleSignOnSettingsQuery(harbourAdmin), Cancel)))!.ProofRecord;
        await dns.ServeAsync(("_interimexchange.northbridge.example", harbourProof));
        (await AtHarbour(sso => sso.SendAsync(new ProveDomainCommand(harbourAdmin), Cancel))).Succeeded.ShouldBeTrue();
        var refused = await SignInThroughProviderAsync(app.Anonymous(), Tom);
        refused.Home.ShouldBeFalse();
        refused.Shown.ShouldContain(html => html.Contains("act for you?"));
        WebUtility.HtmlDecode(refused.Shown[^1]).ShouldContain($"{Tom} has no InterimExchange account in your organisation");
        (await AtHarbour(sso => sso.SendAsync(new RemoveSingleSignOnCommand(harbourAdmin), Cancel))).Succeeded.ShouldBeTrue();

        // In the app, Northbridge's admin sets the provider up.
        var amelia = await app.SignedInAsync(Amelia);
        var page = await amelia.GetStringAsync("/organisation/sign-in", Cancel);
        page.ShouldContain(callback);
        var saved = await amelia.PostFormAsync("/organisation/sign-in", new Dictionary<string, string>
        {
            ["Issuer"] = ProviderAddress.ToString(), ["ClientId"] = codes[0], ["ClientSecret"] = codes[1], ["EmailDomain"] = "northbridge.example",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var proof = ProofRegex().Match(await amelia.GetStringAsync("/organisation/sign-in", Cancel)).Value;
        await dns.ServeAsync(("_interimexchange.northbridge.example", proof));
        (await amelia.PostFormAsync("/organisation/sign-in", [], "/organisation/sign-in?handler=Prove")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await amelia.GetStringAsync("/organisation/sign-in", Cancel)).ShouldContain("can now sign in through your provider");

        // Tom gives his email, signs in at the provider and agrees; the first time, he confirms once with his InterimExchange password.
        var (unconfirmed, asked) = await SignInThroughProviderAsync(app.Anonymous(), Tom, confirmWith: "not his password");
        unconfirmed.ShouldBeFalse("the provider is not remembered for Tom until he gives his own password");
        WebUtility.HtmlDecode(asked[^1]).ShouldShowErrorNextTo("Password", $"That is not the password of {Tom}. Enter it again, or reset your password.");
        var (confirmed, shownFirst) = await SignInThroughProviderAsync(app.Anonymous(), Tom, confirmWith: DemoAccounts.Password);
        confirmed.ShouldBeTrue(string.Join("\n----\n", shownFirst.Select(h => h.Length > 1500 ? h[..1500] : h)));
        shownFirst.ShouldContain(html => WebUtility.HtmlDecode(html).Contains(
            $"The first time you sign in through your organisation's provider, enter your InterimExchange password once to confirm that {Tom} is yours."));

        // From then on the provider alone signs him in: the app never sees a password.
        var browser = app.Anonymous();
        var (home, shown) = await SignInThroughProviderAsync(browser, Tom);
        shown.ShouldNotContain(html => html.Contains("act for you?"), "Tom agreed at the provider the first time");
        home.ShouldBeTrue(string.Join("\n----\n", shown.Select(h => h.Length > 1500 ? h[..1500] : h)));
        (await browser.GetAsync("/rpo", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetStringAsync("/settings", Cancel)).ShouldContain("Tom Okafor");

        // Locked after five wrong passwords, Tom cannot sign in through the provider either until the lock ends.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await app.Anonymous().PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = Tom, ["Input.Password"] = "wrong" });
        }

        var locked = await SignInThroughProviderAsync(app.Anonymous(), Tom);
        locked.Home.ShouldBeFalse();
        WebUtility.HtmlDecode(locked.Shown[^1]).ShouldContain("This account is locked for 15 minutes after five failed sign-ins.");

        // Once Tom is removed, the provider still vouches for him, but the app lets him in no more.
        var (tomId, ameliaId) = await app.WithAsync(async sp =>
        {
            var accounts = sp.GetRequiredService<IAccounts>();
            return ((await accounts.AskAsync(new FindAccountQuery(Tom), Cancel))!.Value, (await accounts.AskAsync(new FindAccountQuery(Amelia), Cancel))!.Value);
        });
        (await amelia.PostFormAsync("/organisation/team", new Dictionary<string, string> { ["Removal.UserId"] = tomId.ToString(), ["Removal.SuccessorId"] = ameliaId.ToString() },
            "/organisation/team?handler=Remove")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/rpo", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "his session ended at once");
        var removed = await SignInThroughProviderAsync(app.Anonymous(), Tom);
        removed.Home.ShouldBeFalse();
        WebUtility.HtmlDecode(removed.Shown[^1]).ShouldContain("has no InterimExchange account in your organisation");

        // An address of a domain with no provider is told to use its password.
        var other = await app.Anonymous().PostFormAsync("/account/sso", new Dictionary<string, string> { ["Email"] = "maria.santos@meridianquality.example" });
        (await other.Content.ReadAsStringAsync(Cancel)).ShouldShowErrorNextTo("Email",
            "No organisation signs in the people of this address through its own provider. Sign in with your password.");
    }

    [Fact]
    public async Task The_first_sign_in_through_a_provider_needs_the_address_verified_and_exactly_the_account_s()
    {
        const string issuer = "https://login.northbridge.example/";
        await SaveNorthbridgeProviderAsync(app, issuer, "interim-exchange");
        Task<Result> SignIn(string email, bool verified) =>
            app.WithAsync(sp => sp.GetRequiredService<IAccounts>().SendAsync(new ProviderSignInCommand(new ExternalIdentity(Marketplace.Northbridge, issuer, $"sub-{Guid.NewGuid():N}", email, verified), null), Cancel));

        (await SignIn(Tom, verified: false)).Errors[""].ShouldBe([
            $"Your organisation's provider did not confirm that {Tom} is yours, so it cannot sign you in here. Sign in with your password, or ask your provider's admin to verify your address."]);

        // Case folding would make these Tom's: a dotless ı, in his name or his domain, and a Kelvin sign for his k.
        foreach (var lookalike in new[] { "tom.okafor@northbrıdge.example", "tom.okafır@northbridge.example", "tom.o\u212Aafor@northbridge.example" })
        {
            (await SignIn(lookalike, verified: true)).Errors[""].ShouldBe([$"{lookalike} has no InterimExchange account in your organisation. Ask your organisation's admin to invite you, then sign in here again."], lookalike);
        }

        // The same address in other ASCII capitals is Tom's, once he confirms with his password.
        (await SignIn("Tom.Okafor@Northbridge.EXAMPLE", verified: true)).Errors.Keys.ShouldBe([ExternalIdentity.PasswordField]);
    }

    [Fact]
    public async Task Random_organisation_ids_at_the_provider_paths_answer_404_and_add_no_scheme_or_options()
    {
        var schemes = app.Services.GetRequiredService<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>();
        var providers = app.Services.GetRequiredService<OrganisationProviders>();
        var before = (await schemes.GetAllSchemesAsync()).Count();
        var anyone = app.Anonymous();
        for (var i = 0; i < 10_000; i++)
        {
            var path = (i % 3) switch { 0 => "/signin-sso/", 1 => "/signout-sso/", _ => "/signout-sso-remote/" };
            (await anyone.PostAsync($"{path}{Guid.NewGuid():N}", new StringContent(""), Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        foreach (var path in new[] { "/signin-sso", "/signin-sso/", "/signin-sso/not-an-id", $"/signin-sso/{Guid.NewGuid()}", $"/SIGNIN-SSO/{Guid.NewGuid():N}/more" })
        {
            (await anyone.GetAsync(path, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }

        (await schemes.GetAllSchemesAsync()).Count().ShouldBe(before);
        providers.Count.ShouldBe(0, "only an organisation with saved settings has options");
        (await anyone.GetAsync("/account/sso", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_provider_on_this_machine_or_a_private_network_is_refused_with_a_message_for_the_admin()
    {
        await using var guarded = new GuardedApp(dns);
        foreach (var issuer in new[] { "http://localhost:5999/", "https://169.254.169.254/", "https://10.20.30.40/" })
        {
            await SaveNorthbridgeProviderAsync(guarded, issuer, "interim-exchange");
            var page = await guarded.Anonymous().PostFormAsync("/account/sso", new Dictionary<string, string> { ["Email"] = Tom });
            page.StatusCode.ShouldBe(HttpStatusCode.OK, issuer);
            var host = new Uri(issuer).Host;
            WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Cancel)).ShouldContain(
                $"Your organisation's provider was refused: {host} is on this machine or a private network, where the server does not sign people in.");
        }
    }

    [Fact]
    public async Task A_provider_whose_configuration_names_addresses_off_the_issuer_s_host_is_refused_before_they_are_reached()
    {
        var documents = new ProviderDocuments();
        await using var stubbed = new StubbedApp(documents, dns);
        var attempts = new (string Name, string Jwks, string Token, string Message)[]
        {
            ("keys", "https://metadata.internal.example/keys", "https://login.northbridge.example/token",
                "its configuration names its keys at https://metadata.internal.example/keys, which is not on the issuer's host login.northbridge.example."),
            ("token", "https://login.northbridge.example/keys", "https://admin.internal.example/token",
                "its configuration names an endpoint at https://admin.internal.example/token, which is not on the issuer's host login.northbridge.example."),
        };
        foreach (var attempt in attempts)
        {
            documents.Jwks = attempt.Jwks;
            documents.Token = attempt.Token;
            await SaveNorthbridgeProviderAsync(stubbed, "https://login.northbridge.example/", $"interim-exchange-{attempt.Name}");
            var page = await stubbed.Anonymous().PostFormAsync("/account/sso", new Dictionary<string, string> { ["Email"] = Tom });
            page.StatusCode.ShouldBe(HttpStatusCode.OK, attempt.Name);
            WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Cancel)).ShouldContain($"Your organisation's provider was refused: {attempt.Message}");
        }

        documents.Requested.ShouldNotContain(address => !address.StartsWith("https://login.northbridge.example/", StringComparison.Ordinal));
        documents.Requested.ShouldContain("https://login.northbridge.example/.well-known/openid-configuration");
    }

    /// <summary>Northbridge's provider, saved and its domain proved through the test's DNS server (the app at <paramref name="at"/> reads it).</summary>
    private Task SaveNorthbridgeProviderAsync(PortalFactory at, string issuer, string clientId) => at.WithAsync(async sp =>
    {
        var ameliaId = (await sp.GetRequiredService<IAccounts>().AskAsync(new FindAccountQuery(Amelia), Cancel))!.Value;
        var sso = sp.GetRequiredService<IAccounts>();
        var amelia = Callers.Rpo(Marketplace.Northbridge, userId: ameliaId, isAdmin: true);
        var saved = await sso.SendAsync(new SaveSingleSignOnCommand(amelia, issuer, clientId, "secret", "northbridge.example"), Cancel);
        saved.Succeeded.ShouldBeTrue(string.Join(" ", saved.Errors.SelectMany(e => e.Value)));
        if (await sso.AskAsync(new SingleSignOnSettingsQuery(amelia), Cancel) is { DomainProved: false } unproved)
        {
            await dns.ServeAsync(("_interimexchange.northbridge.example", unproved.ProofRecord));
            (await sso.SendAsync(new ProveDomainCommand(amelia), Cancel)).Succeeded.ShouldBeTrue();
        }

        return saved;
    });

    /// <summary>The app as deployed: its connections to providers reach public addresses only.</summary>
    private sealed class GuardedApp(DnsServer dns) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("SingleSignOn:DnsServer", dns.Address);
            builder.UseSetting("SingleSignOn:AllowPrivateAddresses", "false");
        }
    }

    /// <summary>The app, whose connections to providers reach <see cref="ProviderDocuments"/>.</summary>
    private sealed class StubbedApp(ProviderDocuments documents, DnsServer dns) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("SingleSignOn:DnsServer", dns.Address);
            builder.ConfigureServices(services => services.ConfigureAll<OpenIdConnectOptions>(options => options.BackchannelHttpHandler = documents));
        }
    }

    /// <summary>A provider's discovery document, naming the endpoints a test sets, and its keys; with every address asked for.</summary>
    private sealed class ProviderDocuments : HttpMessageHandler
    {
        public string Jwks { get; set; } = "";

        public string Token { get; set; } = "";

        public System.Collections.Concurrent.ConcurrentBag<string> Requested { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requested.Add(request.RequestUri!.ToString());
            var body = request.RequestUri.AbsolutePath == "/.well-known/openid-configuration"
                ? System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["issuer"] = "https://login.northbridge.example/",
                    ["authorization_endpoint"] = "https://login.northbridge.example/authorize",
                    ["token_endpoint"] = Token,
                    ["userinfo_endpoint"] = "https://login.northbridge.example/userinfo",
                    ["jwks_uri"] = Jwks,
                    ["response_types_supported"] = new[] { "code" },
                    ["subject_types_supported"] = new[] { "public" },
                    ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                })
                : """{"keys":[]}""";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") });
        }
    }

    /// <summary>
    /// The person's browser: they give their email on the sign-in page, sign in at the provider and agree there, and the
    /// provider's form_post page sends them back. Home when they reach their portal; with the pages they were shown.
    /// </summary>
    private async Task<(bool Home, List<string> Shown)> SignInThroughProviderAsync(HttpClient browser, string email, string? confirmWith = null)
    {
        var atTheProvider = provider.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ProviderAddress });
        var response = await browser.PostFormAsync("/account/sso", new Dictionary<string, string> { ["Email"] = email });
        var shown = new List<string>();
        var home = false;
        for (var step = 0; step < 12 && !home; step++)
        {
            HttpClient ClientFor(Uri address) => address.Port == ProviderAddress.Port ? atTheProvider : browser;
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                var next = new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!);
                home = next.Port != ProviderAddress.Port && next.AbsolutePath == "/portal";
                response = home ? response : await ClientFor(next).GetAsync(next, Cancel);
                continue;
            }

            var html = await response.Content.ReadAsStringAsync(Cancel);
            var at = response.RequestMessage!.RequestUri!;
            shown.Add(html);
            if (html.Contains("name=\"Password\"", StringComparison.Ordinal) && at.Port != ProviderAddress.Port && confirmWith is not null && shown.Count(h => h.Contains("name=\"Password\"", StringComparison.Ordinal)) == 1)
            {
                response = await browser.PostAsync("/account/sso?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Password"] = confirmWith, ["__RequestVerificationToken"] = Forms.AntiforgeryToken(html),
                }), Cancel);
            }
            else if (html.Contains("name=\"Input.Password\"", StringComparison.Ordinal))
            {
                response = await ClientFor(at).PostFormAsync(at.PathAndQuery, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = DemoAccounts.Password });
            }
            else if (html.Contains("act for you?", StringComparison.Ordinal))
            {
                var form = html[html.IndexOf("<main>", StringComparison.Ordinal)..];
                var fields = HiddenRegex().Matches(form).Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)));
                response = await ClientFor(at).PostAsync("/connect/authorize?handler=Accept", new FormUrlEncodedContent(fields), Cancel);
            }
            else if (FormPostRegex().Match(html) is { Success: true } post)
            {
                // OpenIddict answers with a form a line of script submits to the app: the page's policy lets that line, and that form, through.
                var policy = response.Headers.GetValues("Content-Security-Policy").Single();
                var script = ScriptRegex().Match(html).Groups[1].Value;
                policy.ShouldContain($"'sha256-{Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(script)))}'");
                policy.ShouldContain("form-action 'self' http://localhost;");
                var action = new Uri(WebUtility.HtmlDecode(post.Groups[1].Value));
                var posted = FormFieldRegex().Matches(html).Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)));
                response = await ClientFor(action).PostAsync(action, new FormUrlEncodedContent(posted), Cancel);
            }
            else
            {
                break;
            }
        }

        return (home, shown);
    }

    /// <summary>Another RPO, founded as a deployment founds one.</summary>
    private Task<(Guid Id, Guid AdminId)> HarbourAsync() => app.WithAsync(async sp =>
    {
        var accounts = sp.GetRequiredService<IAccounts>();
        var email = $"lead-{Guid.NewGuid():N}@harbourtalent.example";
        var founded = await accounts.SendAsync(new FoundOrganisationCommand($"Harbour Talent {Guid.NewGuid():N}", OrganisationKind.RpoProvider, email, "Lead"), Cancel);
        return (founded.Id!.Value, (await accounts.AskAsync(new FindAccountQuery(email), Cancel))!.Value);
    });

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await provider.DisposeAsync();
        await dns.DisposeAsync();
    }

    [GeneratedRegex("interimexchange-verification=[0-9a-f]{32}")]
    private static partial Regex ProofRegex();

    [GeneratedRegex("<code>([^<]+)</code>")]
    private static partial Regex CodeRegex();

    [GeneratedRegex("<input name=\"([^\"]+)\" type=\"hidden\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenRegex();

    [GeneratedRegex("<form name=\"form\" method=\"post\" action=\"([^\"]+)\">")]
    private static partial Regex FormPostRegex();

    [GeneratedRegex("<script>([^<]*)</script>")]
    private static partial Regex ScriptRegex();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex FormFieldRegex();
}
