using InterimExchange.Web.Api;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using InterimExchange.Testing;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterimExchange.Web.Tests;

/// <summary>Deployment defaults, headers, sessions and abuse limits: what makes the app safe to put on the internet.</summary>
public sealed class SecurityTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void Demo_data_is_refused_outside_Development_and_the_reason_is_given()
    {
        using var production = new ConfiguredFactory("Production", new() { ["DemoData:Enabled"] = "true" });

        var refusal = Should.Throw<InvalidOperationException>(() => production.CreateClient());

        refusal.Message.ShouldContain("Demo data is switched on in the 'Production' environment");
    }

    [Fact]
    public async Task Outside_Development_http_is_redirected_to_https_with_HSTS_for_a_year_and_every_cookie_is_Secure_and_host_bound()
    {
        using var production = new ConfiguredFactory("Production", new() { ["DemoData:Enabled"] = "false", ["https_port"] = "443" });

        var plain = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://interimexchange.test") });
        var redirected = await plain.GetAsync("/account/sign-in", Cancel);
        redirected.StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect);
        redirected.Headers.Location!.ToString().ShouldBe("https://interimexchange.test/account/sign-in");

        var secure = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://interimexchange.test") });
        var page = await secure.GetAsync("/account/sign-in", Cancel);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Headers.GetValues("Strict-Transport-Security").Single().ShouldBe("max-age=31536000; includeSubDomains");
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.Contains("Antiforgery", StringComparison.Ordinal));
        antiforgery.ShouldStartWith("__Host-InterimExchange.Antiforgery=");
        antiforgery.ShouldContain("secure");

        var cookie = production.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        cookie.Cookie.Name.ShouldBe("__Host-InterimExchange.Auth");
        cookie.Cookie.SecurePolicy.ShouldBe(CookieSecurePolicy.Always);
        cookie.Cookie.HttpOnly.ShouldBeTrue();
    }

    [Fact]
    public async Task Behind_a_configured_TLS_proxy_the_forwarded_scheme_is_believed_and_from_anyone_else_it_is_not()
    {
        using var proxied = new ConfiguredFactory("Production", new()
        {
            ["DemoData:Enabled"] = "false",
            ["https_port"] = "443",
            ["Security:Proxies:0"] = "127.0.0.1",
            ["Security:Proxies:1"] = "::1",
        });
        proxied.UseKestrel(0);
        proxied.StartServer();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(proxied.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First()),
        };

        (await client.GetAsync("/account/sign-in", Cancel)).StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect, "plain http from the proxy is sent to https");

        using var forwarded = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        forwarded.Headers.Add("X-Forwarded-Proto", "https");
        forwarded.Headers.Add("X-Forwarded-For", "203.0.113.9");
        forwarded.Headers.Host = "interimexchange.test";
        var page = await client.SendAsync(forwarded, Cancel);
        page.StatusCode.ShouldBe(HttpStatusCode.OK, "the proxy terminated TLS: the request was https");
        page.Headers.Contains("Strict-Transport-Security").ShouldBeTrue();
    }

    [Fact]
    public async Task A_forwarded_scheme_from_an_address_that_is_not_a_configured_proxy_is_ignored()
    {
        using var unproxied = new ConfiguredFactory("Production", new() { ["DemoData:Enabled"] = "false", ["https_port"] = "443" });
        unproxied.UseKestrel(0);
        unproxied.StartServer();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(unproxied.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First()),
        };
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        forged.Headers.Add("X-Forwarded-Proto", "https");

        (await client.SendAsync(forged, Cancel)).StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect);
    }

    [Fact]
    public async Task Every_page_carries_the_security_headers_and_pages_are_never_cached()
    {
        var pages = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(route => !route.Contains('{', StringComparison.Ordinal))
            .Distinct()
            .ToList();
        pages.Count.ShouldBeGreaterThan(15);
        var signedIn = new[]
        {
            app.Anonymous(),
            await app.SignedInAsync("amelia.hart@northbridge.example"),
            await app.SignedInAsync("maria.santos@meridianquality.example"),
            await app.SignedInAsync("sofia.lindqvist@valdora.example"),
            await app.SignedInAsync("olivia.grant@interimexchange.example"),
        };

        foreach (var client in signedIn)
        {
            foreach (var page in pages)
            {
                var response = await client.GetAsync(page, Cancel);
                response.Headers.GetValues("Content-Security-Policy").Single().ShouldBe(page.StartsWith(ApiDocs.Path, StringComparison.Ordinal)
                    ? ApiDocs.ContentSecurityPolicy
                    : "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'", page);
                response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff", page);
                response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer", page);
                response.Headers.GetValues("Permissions-Policy").Single().ShouldContain("camera=()", Case.Sensitive, page);
                response.Headers.CacheControl!.NoStore.ShouldBeTrue(page);
            }
        }

        var stylesheet = await app.Anonymous().GetAsync("/css/site.css", Cancel);
        stylesheet.Headers.GetValues("Content-Security-Policy").ShouldNotBeEmpty();
        (stylesheet.Headers.CacheControl?.NoStore ?? false).ShouldBeFalse("the stylesheet may be cached");
    }

    [Theory]
    [InlineData("/rpo?p=2147483647")]
    [InlineData("/rpo?p=-5")]
    [InlineData("/rpo?p=99999999999999999999")]
    [InlineData("/rpo?p=abc&status=Bogus")]
    public async Task Page_numbers_of_any_size_show_a_page_of_briefs(string path)
    {
        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");

        var response = await amelia.GetAsync(path, Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("Interim Finance Transformation Lead", Case.Sensitive, "the demo briefs fit one page, which any page number shows");
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_get_a_429_page_that_says_when_to_try_again()
    {
        using var limited = new ConfiguredFactory("Development", new() { ["RateLimits:PerAddress:PermitLimit"] = "3" });
        var client = limited.Anonymous();

        var answers = new List<HttpResponseMessage>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            answers.Add(await client.GetAsync("/account/sign-in", Cancel));
        }

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        var refused = await client.GetAsync("/account/sign-in", Cancel);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        var html = await refused.Content.ReadAsStringAsync(Cancel);
        html.ShouldContain("Too many attempts");
        html.ShouldContain("Try again in");

        (await client.GetAsync("/", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK, "pages nobody guesses at are not limited");
    }

    [Fact]
    public async Task Too_many_attempts_at_one_email_address_are_refused_from_any_address()
    {
        using var limited = new ConfiguredFactory("Development", new() { ["RateLimits:PerEmail:PermitLimit"] = "2" });
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var allowed = await limited.Anonymous().PostFormAsync("/account/forgot-password", new() { ["Email"] = "Tom.Okafor@northbridge.example" });
            allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await limited.Anonymous().PostFormAsync("/account/forgot-password", new() { ["Email"] = "tom.okafor@northbridge.example " });
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        var someoneElse = await limited.Anonymous().PostFormAsync("/account/forgot-password", new() { ["Email"] = "amelia.hart@northbridge.example" });
        someoneElse.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_password_reset_ends_every_other_session_of_the_account_within_a_minute()
    {
        await using var fresh = new PortalFactory();
        const string email = "tom.okafor@northbridge.example";
        var elsewhere = await fresh.SignedInAsync(email);
        (await elsewhere.GetAsync("/rpo", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var client = fresh.Anonymous();
        await client.PostFormAsync("/account/forgot-password", new() { ["Email"] = email });
        var link = PortalFactory.LinkIn(await fresh.EmailToAsync(email, "Reset your InterimExchange password"), "/account/reset-password");
        var reset = await client.PostFormAsync(link, new()
        {
            ["Input.Email"] = email,
            ["Input.Token"] = System.Web.HttpUtility.ParseQueryString(new Uri("http://localhost" + link).Query)["token"]!,
            ["Input.NewPassword"] = "Northbridge2027",
        }, "/account/reset-password");
        reset.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        fresh.Clock.Advance(TimeSpan.FromSeconds(61));
        (await elsewhere.GetAsync("/rpo", Cancel)).Headers.Location!.AbsolutePath.ShouldBe("/account/sign-in");
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_the_sessions_in_other_browsers_within_a_minute()
    {
        await using var fresh = new PortalFactory();
        const string email = "maria.santos@meridianquality.example";
        var laptop = await fresh.SignedInAsync(email);
        var phone = await fresh.SignedInAsync(email);

        var signedOut = await phone.PostFormAsync("/account/sign-out", [], "/account/sign-out?handler=Everywhere");
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        fresh.Clock.Advance(TimeSpan.FromSeconds(61));
        (await laptop.GetAsync("/firm", Cancel)).Headers.Location!.AbsolutePath.ShouldBe("/account/sign-in");
        (await phone.GetAsync("/firm", Cancel)).Headers.Location!.AbsolutePath.ShouldBe("/account/sign-in");
    }

    [Fact]
    public async Task A_busy_session_still_ends_twelve_hours_after_signing_in()
    {
        await using var fresh = new PortalFactory();
        var client = await fresh.SignedInAsync("sofia.lindqvist@valdora.example");

        foreach (var hours in new[] { 5, 5 })
        {
            fresh.Clock.Advance(TimeSpan.FromHours(hours));
            (await client.GetAsync("/client", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK, "a session in use renews itself");
        }

        fresh.Clock.Advance(TimeSpan.FromHours(2.5));
        (await client.GetAsync("/client", Cancel)).Headers.Location!.AbsolutePath.ShouldBe("/account/sign-in");
    }

    [Fact]
    public async Task With_a_certificate_configured_the_data_protection_keys_are_encrypted_at_rest()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=InterimExchange keys", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var folder = TestServices.TempFolder("keys");
        var path = Path.Combine(folder, "keys.pfx");
        await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pfx, "pfx-password"), Cancel);

        using var protectedKeys = new ConfiguredFactory("Production", new()
        {
            ["DemoData:Enabled"] = "false",
            ["Security:KeyCertificatePath"] = path,
            ["Security:KeyCertificatePassword"] = "pfx-password",
        });
        (await protectedKeys.Anonymous().GetAsync("/health/live", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var keyFile = Directory.GetFiles(Path.Combine(protectedKeys.Folder, "data", "keys"), "key-*.xml").ShouldHaveSingleItem();
        var xml = await File.ReadAllTextAsync(keyFile, Cancel);
        xml.ShouldContain("EncryptedData");
        xml.ShouldContain(Convert.ToBase64String(certificate.RawData));
        xml.ShouldNotContain("<masterKey");
    }

    [Fact]
    public void Outside_Development_the_app_refuses_to_start_without_the_certificates_of_the_API_s_tokens()
    {
        using var production = new ConfiguredFactory("Production", new() { ["DemoData:Enabled"] = "false", ["Oidc:SigningCertificatePath"] = "" });

        var refusal = Should.Throw<InvalidOperationException>(() => production.Services);

        refusal.Message.ShouldContain("Set Oidc:SigningCertificatePath");
    }

    /// <summary>The app in another environment, or with other settings; outside Development with certificates for the API's tokens.</summary>
    private sealed class ConfiguredFactory(string environment, Dictionary<string, string> settings) : PortalFactory
    {
        private static readonly Lazy<string> TokenCertificate = new(() =>
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=InterimExchange tokens (tests)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-1), DateTimeOffset.UtcNow.AddYears(1));
            var path = Path.Combine(TestServices.TempFolder("oidc"), "tokens.pfx");
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "pfx-password"));
            return path;
        });

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
            if (environment != "Development")
            {
                foreach (var use in new[] { "Signing", "Encryption" })
                {
                    builder.UseSetting($"Oidc:{use}CertificatePath", TokenCertificate.Value);
                    builder.UseSetting($"Oidc:{use}CertificatePassword", "pfx-password");
                }
            }

            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
