using InterimExchange.Testing;
using System.Net;
using InterimExchange.Accounts.Contracts;

namespace InterimExchange.Web.Tests;

/// <summary>Each role reaches its own portal and is refused the others: 403 or a redirect to sign-in, never the page.</summary>
public sealed class PortalAccessTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static readonly Dictionary<string, string> PortalHeadings = new()
    {
        ["/rpo"] = "RPO portal",
        ["/firm"] = "Firm portal",
        ["/client"] = "Client portal",
        ["/admin"] = "Vetting",
    };

    public static TheoryData<string, string> Accounts => new()
    {
        { "amelia.hart@northbridge.example", "/rpo" },
        { "tom.okafor@northbridge.example", "/rpo" },
        { "maria.santos@meridianquality.example", "/firm" },
        { "ken.mori@stackbridge.example", "/firm" },
        { "sofia.lindqvist@valdora.example", "/client" },
        { "olivia.grant@interimexchange.example", "/admin" },
    };

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Each_demo_account_reaches_its_own_portal_and_no_other(string email, string ownPortal)
    {
        var client = await app.SignedInAsync(email);

        var landing = await client.GetAsync("/portal", TestContext.Current.CancellationToken);
        landing.Headers.Location!.OriginalString.ShouldBe(ownPortal);

        var own = await client.GetAsync(ownPortal, TestContext.Current.CancellationToken);
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await own.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain($"<h1>{PortalHeadings[ownPortal]}</h1>");

        foreach (var (other, heading) in PortalHeadings.Where(p => p.Key != ownPortal))
        {
            var response = await client.GetAsync(other, TestContext.Current.CancellationToken);
            response.ShouldBeRefused(other);
            (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain($"<h1>{heading}</h1>");
        }
    }

    [Theory]
    [InlineData("/rpo")]
    [InlineData("/firm")]
    [InlineData("/client")]
    [InlineData("/admin")]
    [InlineData("/organisation/team")]
    [InlineData("/notifications")]
    [InlineData("/rpo/decisions")]
    [InlineData("/portal")]
    public async Task Someone_not_signed_in_is_sent_to_sign_in(string page)
    {
        var response = await app.Anonymous().GetAsync(page, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/sign-in");
    }

    [Fact]
    public async Task The_landing_page_says_what_InterimExchange_does_and_leads_to_sign_in()
    {
        var html = await app.Anonymous().GetStringAsync("/", TestContext.Current.CancellationToken);

        html.ShouldContain("what success looks like");
        html.ShouldContain("href=\"/account/sign-in\"");
        html.ShouldNotContain("RPO portal");
    }

    [Fact]
    public async Task Navigation_shows_only_the_signed_in_role_s_portal()
    {
        var client = await app.SignedInAsync("maria.santos@meridianquality.example");

        var html = await client.GetStringAsync("/firm", TestContext.Current.CancellationToken);

        html.ShouldContain("href=\"/firm\"");
        html.ShouldNotContain("href=\"/rpo\"");
        html.ShouldNotContain("href=\"/admin\"");
        html.ShouldNotContain("href=\"/client\"");
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_without_signing_in(string path)
    {
        var response = await app.Anonymous().GetAsync(path, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe("Healthy");
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var response = await app.Anonymous().PostAsync("/account/forgot-password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "amelia.hart@northbridge.example",
        }), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_sign_in_posted_without_its_antiforgery_token_signs_nobody_in_and_shows_the_page_again_fresh()
    {
        var client = app.Anonymous();
        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "amelia.hart@northbridge.example",
            ["Input.Password"] = DemoAccounts.Password,
        }), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        html.ShouldContain("This sign-in page had expired");
        html.ShouldContain("value=\"amelia.hart@northbridge.example\"");
        Forms.AntiforgeryToken(html).ShouldNotBeNullOrEmpty();
        (await client.GetAsync("/rpo", TestContext.Current.CancellationToken)).Headers.Location!.AbsolutePath.ShouldBe("/account/sign-in");
    }
}
