using System.Net;
using InterimExchange.Testing;

namespace InterimExchange.Accounts.Tests;

/// <summary>
/// Nobody learns from InterimExchange's answers whether an email address has an account: firm application, forgotten password,
/// colleague invitation and a locked account each answer alike, and only the mailbox's owner is told more. (The time is kept
/// alike by design: every refusal hashes a password as an acceptance would.)
/// </summary>
public sealed class AccountEnumerationTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private const string Known = "daniel.weber@regpath.example";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_firm_application_answers_alike_for_a_new_address_and_one_with_an_account()
    {
        var fresh = await app.Anonymous().PostFormAsync("/firms/apply", Forms.FirmApplication("nadia.haddad@atlasinterim.example"));
        var taken = await app.Anonymous().PostFormAsync("/firms/apply", Forms.FirmApplication(Known));
        // The applicant's account follows from the application, once its event is handled.
        await app.QuietAsync();

        fresh.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        taken.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        taken.Headers.Location.ShouldBe(fresh.Headers.Location);
        (await app.EmailToAsync("nadia.haddad@atlasinterim.example", "Your application for Atlas Interim")).ShouldContain("Sign in with the password you chose");
        (await app.EmailToAsync(Known, "Your InterimExchange account")).ShouldContain("applied to join as a specialist firm");
        await app.SignedInAsync("nadia.haddad@atlasinterim.example", "AtlasInterim2027");
        await app.SignedInAsync(Known);
    }

    [Fact]
    public async Task A_forgotten_password_answers_alike_and_the_mailbox_without_an_account_is_told_so()
    {
        var known = await (await app.Anonymous().PostFormAsync("/account/forgot-password", new() { ["Email"] = "priya.shah@ledgerline.example" })).Content.ReadAsStringAsync(Cancel);
        var unknown = await (await app.Anonymous().PostFormAsync("/account/forgot-password", new() { ["Email"] = "nobody.here@ledgerline.example" })).Content.ReadAsStringAsync(Cancel);

        PageContent(known).ShouldBe(PageContent(unknown).Replace("nobody.here", "priya.shah", StringComparison.Ordinal));
        (await app.EmailToAsync("nobody.here@ledgerline.example", "Your InterimExchange password")).ShouldContain("no account uses it");
    }

    [Fact]
    public async Task A_colleague_invitation_answers_alike_when_the_address_already_has_an_account()
    {
        var admin = await app.SignedInAsync("amelia.hart@northbridge.example");

        var fresh = await admin.PostFormAsync("/organisation/team", new() { ["Email"] = "new.colleague@northbridge.example" }, "/organisation/team?handler=Invite");
        var taken = await admin.PostFormAsync("/organisation/team", new() { ["Email"] = "maria.santos@meridianquality.example" }, "/organisation/team?handler=Invite");

        taken.StatusCode.ShouldBe(fresh.StatusCode);
        taken.Headers.Location.ShouldBe(fresh.Headers.Location);
        (await app.EmailToAsync("maria.santos@meridianquality.example", "invites you to Northbridge")).ShouldContain("already has an");
    }

    [Fact]
    public async Task A_locked_account_answers_as_a_wrong_password_and_as_an_unknown_address()
    {
        var client = app.Anonymous();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "sofia.lindqvist@valdora.example", ["Input.Password"] = "wrong-" + attempt });
        }

        var locked = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "sofia.lindqvist@valdora.example", ["Input.Password"] = "wrong" });
        var unknown = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "no.one@valdora.example", ["Input.Password"] = "wrong" });

        PageContent(await locked.Content.ReadAsStringAsync(Cancel)).Replace("sofia.lindqvist", "no.one", StringComparison.Ordinal)
            .ShouldBe(PageContent(await unknown.Content.ReadAsStringAsync(Cancel)));
    }

    /// <summary>The page's own content, without the token that differs on every page.</summary>
    private static string PageContent(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html[html.IndexOf("<main>", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)],
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "");
}
