using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Duende.IdentityModel.Jwk;
using Duende.IdentityModel.OidcClient;
using InterimExchange.Accounts.Contracts;
using Microsoft.Playwright;

namespace InterimExchange.EndToEnd.Tests;

/// <summary>
/// An RPO connects its ATS for its people: the admin registers the app in the portal, a coordinator agrees in the browser, and
/// the app (a real OpenID Connect client) reads the coordinator's briefs.
/// </summary>
public sealed partial class IntegrationJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Callback = "https://ats.example/signin-interimexchange";

    [Fact]
    public Task An_admin_registers_an_app_a_coordinator_agrees_and_the_app_reads_the_coordinator_s_briefs() =>
        browser.JourneyAsync("integration-consent", async people =>
        {
            var admin = await people.NewPersonAsync();
            await admin.SignInAsync("amelia.hart@northbridge.example");
            await admin.GotoAsync("/organisation/team");
            await admin.GetByRole(AriaRole.Link, new() { Name = "Integrations" }).ClickAsync();
            await admin.GetByLabel("Name").FillAsync("Northbridge ATS");
            await admin.GetByLabel(ApiScopes.Descriptions[ApiScopes.BriefsRead]).CheckAsync();
            await admin.GetByLabel(IntegrationGrants.Descriptions[IntegrationGrants.ClientCredentials]).UncheckAsync();
            await admin.GetByLabel(IntegrationGrants.Descriptions[IntegrationGrants.AuthorizationCode]).CheckAsync();
            await admin.GetByLabel("Addresses people return to").FillAsync(Callback);
            await admin.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Copy the secret now" })).ToBeVisibleAsync();
            var issued = admin.Locator("#issued + p + dl code");
            var clientId = await issued.Nth(0).InnerTextAsync();
            var secret = await issued.Nth(1).InnerTextAsync();

            using var backchannel = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };

            // The server names itself by its configured public address (Site:PublicUrl), not by the port this test's Kestrel was
            // given: the app reaches the endpoints at that port, and checks the tokens against the issuer the server names.
            var discovery = JsonDocument.Parse(await backchannel.GetStringAsync("/.well-known/openid-configuration", TestContext.Current.CancellationToken)).RootElement;
            discovery.GetProperty("issuer").GetString().ShouldBe("http://localhost/");
            string At(string endpoint) => browser.BaseUrl.TrimEnd('/') + new Uri(discovery.GetProperty(endpoint).GetString()!).PathAndQuery;
            var ats = new OidcClient(new OidcClientOptions
            {
                Authority = browser.BaseUrl,
                ClientId = clientId,
                ClientSecret = secret,
                Scope = $"openid profile {ApiScopes.BriefsRead}",
                RedirectUri = Callback,
                ProviderInformation = new ProviderInformation
                {
                    IssuerName = discovery.GetProperty("issuer").GetString(),
                    AuthorizeEndpoint = At("authorization_endpoint"),
                    TokenEndpoint = At("token_endpoint"),
                    UserInfoEndpoint = At("userinfo_endpoint"),
                    EndSessionEndpoint = At("end_session_endpoint"),
                    KeySet = new JsonWebKeySet(await backchannel.GetStringAsync(At("jwks_uri"), TestContext.Current.CancellationToken)),
                },
            });
            var login = await ats.PrepareLoginAsync(cancellationToken: TestContext.Current.CancellationToken);

            // The coordinator follows the app's link in their own browser, signs in, and is asked.
            var coordinator = await people.NewPersonAsync(phone: true);
            await coordinator.RouteAsync("https://ats.example/**", route => route.FulfillAsync(new() { ContentType = "text/html", Body = "<h1>Connected</h1>" }));
            await coordinator.GotoAsync(login.StartUrl);
            await coordinator.GetByLabel("Email").FillAsync("tom.okafor@northbridge.example");
            await coordinator.GetByLabel("Password").FillAsync(DemoAccounts.Password);
            await coordinator.PressSignInAsync(DemoAccounts.Password);
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "Let Northbridge ATS act for you?" })).ToBeVisibleAsync();
            await Assertions.Expect(coordinator.GetByText(ApiScopes.Descriptions[ApiScopes.BriefsRead])).ToBeVisibleAsync();
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Agree" }).ClickAsync();
            await Assertions.Expect(coordinator).ToHaveURLAsync(new Regex("^" + Regex.Escape(Callback) + @"\?code="));

            var result = await ats.ProcessResponseAsync(coordinator.Url, login, cancellationToken: TestContext.Current.CancellationToken);
            result.IsError.ShouldBeFalse(result.Error);
            result.User.FindFirst("name")!.Value.ShouldBe("Tom Okafor");
            backchannel.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", result.AccessToken);
            (await backchannel.GetStringAsync("/api/v1/briefs", TestContext.Current.CancellationToken)).ShouldContain("Interim Head of Quality");
        });
}
