using InterimExchange.Web;
using System.Net;
using InterimExchange.Testing;
using Microsoft.Extensions.Configuration;

namespace InterimExchange.Accounts.Tests;

/// <summary>A deployment without demo data gets its first RPO and vetting team from the operator's <c>found-organisation</c> command.</summary>
public sealed class FoundingTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(int ExitCode, string Output)> FoundAsync(Dictionary<string, string?> arguments)
    {
        using var output = new StringWriter();
        var exitCode = await Commands.FoundOrganisationAsync(app.Services, new ConfigurationBuilder().AddInMemoryCollection(arguments).Build(), output, Cancel);
        return (exitCode, output.ToString());
    }

    [Fact]
    public async Task An_operator_founds_an_RPO_whose_admin_chooses_a_password_through_the_printed_link_and_can_invite_colleagues()
    {
        var (exitCode, output) = await FoundAsync(new()
        {
            ["kind"] = "rpo", ["name"] = "Westgate Talent", ["admin-email"] = "ines.west@westgate.example", ["admin-name"] = "Ines West",
        });

        exitCode.ShouldBe(0, output);
        var link = PortalFactory.LinkIn(output, "/account/reset-password");
        var browser = app.Anonymous();
        (await browser.PostFormAsync(link, new()
        {
            ["Input.Email"] = "ines.west@westgate.example",
            ["Input.Token"] = System.Web.HttpUtility.ParseQueryString(new Uri("http://localhost" + link).Query)["token"]!,
            ["Input.NewPassword"] = "Westgate2027x",
        }, "/account/reset-password")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var admin = await app.SignedInAsync("ines.west@westgate.example", "Westgate2027x");
        (await admin.GetAsync("/rpo", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetStringAsync("/organisation/team", Cancel)).ShouldContain("Westgate Talent");
        (await admin.PostFormAsync("/organisation/team", new() { ["Email"] = "sam.colleague@westgate.example" }, "/organisation/team?handler=Invite"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect, "the first admin invites colleagues");
    }

    [Theory]
    [InlineData("firm", "Westgate", "a@westgate.example", "Al", "--kind rpo")]
    [InlineData("rpo", "", "b@westgate.example", "Bo", "Give the organisation's name.")]
    [InlineData("vetting", "Platform", "not an address", "Cy", "Give an email address like name@company.com.")]
    [InlineData("rpo", "Taken", "amelia.hart@northbridge.example", "Amelia", "An account already uses this email address.")]
    public async Task Bad_arguments_are_refused_with_what_to_fix_and_nothing_is_founded(string kind, string name, string email, string admin, string message)
    {
        var (exitCode, output) = await FoundAsync(new() { ["kind"] = kind, ["name"] = name, ["admin-email"] = email, ["admin-name"] = admin });

        exitCode.ShouldBe(2);
        output.ShouldContain(message);
        output.ShouldNotContain("/account/reset-password");
    }
}
