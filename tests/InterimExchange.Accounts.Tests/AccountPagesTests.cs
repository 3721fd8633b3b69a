using InterimExchange.Testing;
using System.Net;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Accounts.Domain;
using InterimExchange.Accounts.Features;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Accounts.Tests;

/// <summary>Sign-in, lockout, password reset by email, and colleagues joining through invitation links.</summary>
public sealed class AccountPagesTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private const string Admin = "amelia.hart@northbridge.example";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_wrong_password_keeps_the_email_typed_and_says_what_to_do()
    {
        var response = await app.Anonymous().PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "tom.okafor@northbridge.example", ["Input.Password"] = "not-my-password" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        html.ShouldContain("That email and password do not match an account");
        html.ShouldContain("value=\"tom.okafor@northbridge.example\"");
    }

    [Fact]
    public async Task Five_failed_attempts_lock_the_account_even_against_the_right_password()
    {
        var client = app.Anonymous();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "ken.mori@stackbridge.example", ["Input.Password"] = "wrong-" + attempt });
        }

        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "ken.mori@stackbridge.example", ["Input.Password"] = DemoAccounts.Password });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("the account is locked for 15 minutes after five failed attempts");
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await app.SignedInAsync("daniel.weber@regpath.example");

        var signedOut = await client.PostFormAsync("/firm", [], "/account/sign-out");

        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/firm", Cancel)).Headers.Location!.AbsolutePath.ShouldBe("/account/sign-in");
    }

    [Fact]
    public async Task A_password_is_reset_through_the_link_in_the_email()
    {
        const string email = "priya.shah@ledgerline.example";
        var client = app.Anonymous();
        var asked = await client.PostFormAsync("/account/forgot-password", new() { ["Email"] = email });
        (await asked.Content.ReadAsStringAsync(Cancel)).ShouldContain("we have emailed it a link");

        var link = PortalFactory.LinkIn(await app.EmailToAsync(email, "Reset your InterimExchange password"), "/account/reset-password");
        var reset = await client.PostFormAsync(link, new()
        {
            ["Input.Email"] = email,
            ["Input.Token"] = System.Web.HttpUtility.ParseQueryString(new Uri("http://localhost" + link).Query)["token"]!,
            ["Input.NewPassword"] = "Ledgerline2027",
        }, "/account/reset-password");

        reset.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await app.SignedInAsync(email, "Ledgerline2027");
    }

    [Fact]
    public async Task Asking_for_a_reset_of_an_unknown_address_says_the_same_as_for_a_known_one()
    {
        var response = await app.Anonymous().PostFormAsync("/account/forgot-password", new() { ["Email"] = "nobody@nowhere.example" });

        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("we have emailed it a link");
    }

    [Fact]
    public async Task A_colleague_joins_through_the_emailed_invitation_and_lands_in_the_same_portal()
    {
        var admin = await app.SignedInAsync(Admin);
        var invited = await admin.PostFormAsync("/organisation/team", new() { ["Email"] = "nadia.rahman@northbridge.example" }, "/organisation/team?handler=Invite");
        invited.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var link = PortalFactory.LinkIn(await app.EmailToAsync("nadia.rahman@northbridge.example", "invites you to Northbridge Talent Partners"), "/account/invitation");
        var colleague = app.Anonymous();
        (await colleague.GetStringAsync(link, Cancel)).ShouldContain("Join Northbridge Talent Partners");
        var joined = await colleague.PostFormAsync(link, new() { ["Input.DisplayName"] = "Nadia Rahman", ["Input.Password"] = "Northbridge2027" });
        joined.Headers.Location!.OriginalString.ShouldBe("/portal");
        (await colleague.GetAsync("/rpo", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The link worked once.
        var again = await app.Anonymous().GetAsync(link, Cancel);
        again.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await again.Content.ReadAsStringAsync(Cancel)).ShouldContain("already been used");
    }

    [Fact]
    public async Task An_invitation_with_bad_input_keeps_what_was_typed_and_explains_next_to_the_field()
    {
        var admin = await app.SignedInAsync(Admin);

        var response = await admin.PostFormAsync("/organisation/team", new() { ["Email"] = "not an address" }, "/organisation/team?handler=Invite");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        html.ShouldContain("Enter an email address like name@company.com.");
        html.ShouldContain("value=\"not an address\"");
    }

    [Fact]
    public async Task Only_an_organisation_s_admin_may_invite()
    {
        var member = await app.SignedInAsync("tom.okafor@northbridge.example");

        var response = await member.PostFormAsync("/organisation/team", new() { ["Email"] = "someone@northbridge.example" }, "/organisation/team?handler=Invite");

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied");
        }
    }

    [Fact]
    public async Task A_revoked_invitation_link_gets_a_clear_page()
    {
        var admin = await app.SignedInAsync(Admin);
        await admin.PostFormAsync("/organisation/team", new() { ["Email"] = "revoked.person@northbridge.example" }, "/organisation/team?handler=Invite");
        var link = PortalFactory.LinkIn(await app.EmailToAsync("revoked.person@northbridge.example", "invites you"), "/account/invitation");
        var invitationId = await InvitationIdAsync("revoked.person@northbridge.example");

        var revoked = await admin.PostFormAsync("/organisation/team", [], $"/organisation/team?handler=Revoke&invitationId={invitationId}");
        revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await app.Anonymous().GetAsync(link, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("This invitation was withdrawn");
    }

    [Fact]
    public async Task Another_organisation_s_admin_cannot_revoke_an_invitation()
    {
        var admin = await app.SignedInAsync(Admin);
        await admin.PostFormAsync("/organisation/team", new() { ["Email"] = "kept.person@northbridge.example" }, "/organisation/team?handler=Invite");
        var link = PortalFactory.LinkIn(await app.EmailToAsync("kept.person@northbridge.example", "invites you"), "/account/invitation");
        var invitationId = await InvitationIdAsync("kept.person@northbridge.example");

        var otherAdmin = await app.SignedInAsync("maria.santos@meridianquality.example");
        await otherAdmin.PostFormAsync("/organisation/team", [], $"/organisation/team?handler=Revoke&invitationId={invitationId}");

        (await app.Anonymous().GetAsync(link, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task An_unknown_invitation_link_gets_a_clear_page(string token)
    {
        var response = await app.Anonymous().GetAsync($"/account/invitation?token={token}", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("This invitation link is not valid");
    }

    [Fact]
    public async Task A_link_issued_for_another_purpose_does_not_open_a_colleague_invitation()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<InvitationTokenService>().IssueAsync(
            new IssueInvitationToken("briefs.briefing", Guid.NewGuid().ToString(), "sofia.lindqvist@valdora.example", TimeSpan.FromDays(14), Guid.NewGuid()), Cancel);

        var response = await app.Anonymous().GetAsync($"/account/invitation?token={issued.Token}", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("This invitation link is not valid");
    }

    private async Task<Guid> InvitationIdAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var team = await scope.ServiceProvider.GetRequiredService<IAccounts>().AskAsync(new TeamQuery(Callers.Rpo(DemoAccounts.Northbridge.Id)), Cancel);
        return team.Invitations.First(i => i.Email == email).Id;
    }
}

/// <summary>Expiry needs the clock moved, so it has an app of its own.</summary>
public sealed class ExpiredInvitationTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_expired_invitation_link_gets_a_clear_page_and_cannot_be_accepted()
    {
        var admin = await app.SignedInAsync("amelia.hart@northbridge.example");
        await admin.PostFormAsync("/organisation/team", new() { ["Email"] = "late.person@northbridge.example" }, "/organisation/team?handler=Invite");
        var link = PortalFactory.LinkIn(await app.EmailToAsync("late.person@northbridge.example", "invites you"), "/account/invitation");
        var colleague = app.Anonymous();
        var form = await colleague.GetStringAsync(link, TestContext.Current.CancellationToken);

        app.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        var response = await colleague.GetAsync(link, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("This invitation has expired");

        var accepted = await colleague.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Forms.AntiforgeryToken(form),
            ["Input.DisplayName"] = "Late Person",
            ["Input.Password"] = "Northbridge2027",
        }), TestContext.Current.CancellationToken);
        (await accepted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("This invitation has expired");
        accepted.Headers.Location.ShouldBeNull();
    }
}
