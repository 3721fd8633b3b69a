using System.Net;
using System.Text.RegularExpressions;
using InterimExchange.Accounts.Contracts;
using InterimExchange.BuildingBlocks.Results;
using InterimExchange.Testing;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Web.Tests;

/// <summary>
/// An organisation signs its people in through its own OpenID Connect provider: here another InterimExchange, whose OpenIddict
/// server acts as Northbridge's provider, at its own address.
/// </summary>
public sealed partial class SingleSignOnTests : IAsyncDisposable
{
    private const string Amelia = "amelia.hart@northbridge.example";
    private const string Tom = "tom.okafor@northbridge.example";
    private static readonly Uri ProviderAddress = new("http://localhost:5999/");

    private readonly PortalFactory provider = new Provider();
    private readonly App app;

    public SingleSignOnTests()
    {
        // On the real date: the app checks the provider's identity tokens against its own clock.
        provider.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        app = new App(provider);
        app.Clock.SetUtcNow(DateTimeOffset.UtcNow);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The provider, whose tokens and discovery name its own public address as their issuer.</summary>
    private sealed class Provider : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Site:PublicUrl", ProviderAddress.ToString());
        }
    }

    /// <summary>The app, reaching the provider in memory.</summary>
    private sealed class App(PortalFactory provider) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
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

        // Harbour claims the domain first: Tom, vouched for by the provider, has no account at Harbour and is told so.
        Task<Result> AtHarbour(Func<ISingleSignOn, Task<Result>> change) => app.WithAsync(sp => change(sp.GetRequiredService<ISingleSignOn>()));
        (await AtHarbour(sso => sso.SaveAsync(new SaveSingleSignOn(harbour.Id, harbour.AdminId, ProviderAddress.ToString(), codes[0], codes[1], "northbridge.example"), Cancel)))
            .Succeeded.ShouldBeTrue();
        var refused = await SignInThroughProviderAsync(app.Anonymous(), Tom);
        refused.Home.ShouldBeFalse();
        refused.Shown.ShouldContain(html => html.Contains("act for you?"));
        WebUtility.HtmlDecode(refused.Shown[^1]).ShouldContain($"{Tom} has no InterimExchange account in your organisation");
        (await AtHarbour(sso => sso.RemoveAsync(harbour.Id, harbour.AdminId, Cancel))).Succeeded.ShouldBeTrue();

        // In the app, Northbridge's admin sets the provider up.
        var amelia = await app.SignedInAsync(Amelia);
        var page = await amelia.GetStringAsync("/organisation/sign-in", Cancel);
        page.ShouldContain(callback);
        var saved = await amelia.PostFormAsync("/organisation/sign-in", new Dictionary<string, string>
        {
            ["Issuer"] = ProviderAddress.ToString(), ["ClientId"] = codes[0], ["ClientSecret"] = codes[1], ["EmailDomain"] = "northbridge.example",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await amelia.GetStringAsync("/organisation/sign-in", Cancel)).ShouldContain("can now sign in through your provider");

        // Tom gives his email; he signs in at the provider, agrees, and comes back signed in: the app never saw a password.
        var browser = app.Anonymous();
        var (home, shown) = await SignInThroughProviderAsync(browser, Tom);
        shown.ShouldNotContain(html => html.Contains("act for you?"), "Tom agreed at the provider the first time");
        home.ShouldBeTrue(string.Join("\n----\n", shown.Select(h => h.Length > 1500 ? h[..1500] : h)));
        (await browser.GetAsync("/rpo", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetStringAsync("/settings", Cancel)).ShouldContain("Tom Okafor");

        // Once Tom is removed, the provider still vouches for him, but the app lets him in no more.
        var (tomId, ameliaId) = await app.WithAsync(async sp =>
        {
            var accounts = sp.GetRequiredService<IAccounts>();
            return ((await accounts.FindAccountAsync(Tom, Cancel))!.Value, (await accounts.FindAccountAsync(Amelia, Cancel))!.Value);
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

    /// <summary>
    /// The person's browser: they give their email on the sign-in page, sign in at the provider and agree there, and the
    /// provider's form_post page sends them back. Home when they reach their portal; with the pages they were shown.
    /// </summary>
    private async Task<(bool Home, List<string> Shown)> SignInThroughProviderAsync(HttpClient browser, string email)
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
            if (html.Contains("name=\"Input.Password\"", StringComparison.Ordinal))
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
        var founded = await accounts.FoundOrganisationAsync(new NewOrganisation($"Harbour Talent {Guid.NewGuid():N}", OrganisationKind.RpoProvider, email, "Lead"), Cancel);
        return (founded.Result.Id!.Value, (await accounts.FindAccountAsync(email, Cancel))!.Value);
    });

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await provider.DisposeAsync();
    }

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
