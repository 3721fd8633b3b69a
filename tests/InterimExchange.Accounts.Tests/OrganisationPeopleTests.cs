using System.Net;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Accounts.Tests;

/// <summary>
/// Organisations run themselves from an empty start, as a deployment without demo data does: every organisation has an admin from its
/// first person, admins make and unmake admins, and a person who leaves is removed with their work handed to a colleague.
/// </summary>
public sealed class OrganisationPeopleTests(EmptyPortalFactory app) : IClassFixture<EmptyPortalFactory>
{
    private const string Password = "Organised2027x";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_firm_s_applicant_is_its_admin_and_brings_in_a_colleague_who_cannot_manage_people()
    {
        (await app.Anonymous().PostFormAsync("/firms/apply", Forms.FirmApplication("nadia@atlasinterim.example"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // The applicant's account follows from the application, once its event is handled.
        await app.QuietAsync();
        var applicant = await app.SignedInAsync("nadia@atlasinterim.example", "AtlasInterim2027");
        var team = await applicant.GetStringAsync("/organisation/team", Cancel);
        team.ShouldContain("Admin: Nadia Haddad.");
        team.ShouldContain("Send the invitation");
        // The organisation's pages sit together under one entry of the navigation, and settings have their own.
        team.ShouldContain("<a href=\"/organisation/team\" title=\"Team, integrations, webhooks and sign-in\">Organisation</a>");
        team.ShouldContain("<a href=\"/settings\">Settings</a>");
        var hooks = await applicant.GetStringAsync("/organisation/webhooks", Cancel);
        foreach (var (path, name) in new[] { ("team", "Team"), ("integrations", "Integrations"), ("sign-in", "Sign-in") })
        {
            hooks.ShouldContain($"<a href=\"/organisation/{path}\">{name}</a>");
        }

        hooks.ShouldContain("<a href=\"/organisation/webhooks\" aria-current=\"page\">Webhooks</a>");

        var colleague = await JoinAsync(applicant, "Atlas Interim", "remy@atlasinterim.example", "Rémy Colin");

        var seen = WebUtility.HtmlDecode(await colleague.GetStringAsync("/organisation/team", Cancel));
        seen.ShouldContain("Ask Nadia Haddad to invite a colleague");
        seen.ShouldNotContain("Send the invitation");
        (await colleague.PostFormAsync("/organisation/team", [], $"/organisation/team?handler=MakeAdmin&userId={await IdOfAsync("remy@atlasinterim.example")}"))
            .ShouldBeRefused();
    }

    [Fact]
    public async Task A_client_company_s_first_executive_is_its_admin_and_the_next_is_not_unless_invited_as_one()
    {
        var (first, second) = await app.WithAsync(async services =>
        {
            var accounts = services.GetRequiredService<IAccounts>();
            var company = (await accounts.SendAsync(new CreateOrganisationCommand("Orchard Foods", OrganisationKind.ClientCompany), Cancel)).Id!.Value;
            var first = await accounts.SendAsync(new RegisterInvitedCommand(company, "vera@orchardfoods.example", "Vera Lind", Password, SignIn: false), Cancel);
            var second = await accounts.SendAsync(new RegisterInvitedCommand(company, "olaf@orchardfoods.example", "Olaf Berg", Password, SignIn: false), Cancel);
            return (first, second);
        });
        first.Succeeded.ShouldBeTrue();
        second.Succeeded.ShouldBeTrue();

        var vera = await app.SignedInAsync("vera@orchardfoods.example", Password);
        (await vera.GetStringAsync("/organisation/team", Cancel)).ShouldContain("Admin: Vera Lind.");
        await JoinAsync(vera, "Orchard Foods", "cfo@orchardfoods.example", "Carla Frost", asAdmin: true);
        (await vera.GetStringAsync("/organisation/team", Cancel)).ShouldContain("Admins: Carla Frost, Vera Lind.");
    }

    [Fact]
    public async Task An_admin_makes_a_colleague_an_admin_who_sees_it_at_once_and_the_last_admin_cannot_step_down()
    {
        var ines = await FoundAsync("Harrow Talent", "ines@harrow.example", "Ines West");
        var sam = await JoinAsync(ines, "Harrow Talent", "sam@harrow.example", "Sam Reed");
        var inesId = await IdOfAsync("ines@harrow.example");
        var samId = await IdOfAsync("sam@harrow.example");

        var alone = await ines.PostFormAsync("/organisation/team", [], $"/organisation/team?handler=RevokeAdmin&userId={inesId}");
        alone.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await alone.Content.ReadAsStringAsync(Cancel)).ShouldContain("You are the only admin: make a colleague an admin first, then step down.");

        (await ines.PostFormAsync("/organisation/team", [], $"/organisation/team?handler=MakeAdmin&userId={samId}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ines.GetStringAsync("/organisation/team", Cancel)).ShouldContain("Sam Reed is now an admin");
        (await sam.GetStringAsync("/organisation/team", Cancel)).ShouldContain("Send the invitation", customMessage: "the new admin's open session carries the role at once");

        (await ines.PostFormAsync("/organisation/team", [], $"/organisation/team?handler=RevokeAdmin&userId={inesId}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stepped = WebUtility.HtmlDecode(await ines.GetStringAsync("/organisation/team", Cancel));
        stepped.ShouldContain("You are no longer an admin.");
        stepped.ShouldNotContain("Send the invitation");
        (await ines.PostFormAsync("/organisation/team", [], $"/organisation/team?handler=MakeAdmin&userId={inesId}")).ShouldBeRefused();

        var history = WebUtility.HtmlDecode(await sam.GetStringAsync("/organisation/team", Cancel));
        history.ShouldContain("Ines West stopped being an admin, by Ines West.");
        history.ShouldContain("Sam Reed became an admin, by Ines West.");
        history.ShouldContain("Sam Reed joined.");
        history.ShouldContain("Ines West became an admin.");
    }

    [Fact]
    public async Task A_removed_person_is_signed_out_at_once_cannot_sign_in_loses_their_invitations_and_can_join_another_organisation()
    {
        var admin = await FoundAsync("Kestrel Search", "kai@kestrel.example", "Kai Berger");
        var lee = await JoinAsync(admin, "Kestrel Search", "lee@kestrel.example", "Lee Park", asAdmin: true);
        (await lee.PostFormAsync("/organisation/team", new() { ["Email"] = "pending@kestrel.example" }, "/organisation/team?handler=Invite")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var pending = PortalFactory.LinkIn(await app.EmailToAsync("pending@kestrel.example", "invites you to Kestrel Search"), "/account/invitation");
        var leeId = await IdOfAsync("lee@kestrel.example");
        var kaiId = await IdOfAsync("kai@kestrel.example");

        var form = await admin.GetStringAsync($"/organisation/team?remove={leeId}", Cancel);
        form.ShouldContain("Remove Lee Park");
        var unchosen = await admin.PostFormAsync("/organisation/team", new() { ["Removal.UserId"] = leeId.ToString(), ["Removal.Note"] = "Lee moves to our Leeds office." },
            "/organisation/team?handler=Remove");
        unchosen.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await unchosen.Content.ReadAsStringAsync(Cancel);
        refused.ShouldShowErrorNextTo("Removal.SuccessorId", "Choose the colleague who takes over their work.");
        refused.ShouldContain("Lee moves to our Leeds office.");

        var removed = await admin.PostFormAsync("/organisation/team",
            new() { ["Removal.UserId"] = leeId.ToString(), ["Removal.SuccessorId"] = kaiId.ToString(), ["Removal.Note"] = "Lee moves to our Leeds office." },
            "/organisation/team?handler=Remove");
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var signedOut = await lee.GetAsync("/organisation/team", Cancel);
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the removed person's session ends at once");
        signedOut.Headers.Location!.OriginalString.ShouldStartWith("http://localhost/account/sign-in");
        var again = await app.Anonymous().PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "lee@kestrel.example", ["Input.Password"] = Password });
        again.StatusCode.ShouldBe(HttpStatusCode.OK, "a removed person cannot sign in");
        (await app.Anonymous().GetAsync(pending, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Gone, "their invitations are withdrawn");

        var team = WebUtility.HtmlDecode(await admin.GetStringAsync("/organisation/team", Cancel));
        team.ShouldContain("Lee Park has left Kestrel Search: they can no longer sign in, and Kai Berger holds their work from now on.");
        team.ShouldContain("Lee Park, left on 2 November 2026");
        team.ShouldContain("Lee Park handed their work over to Kai Berger, by Kai Berger.");
        team.ShouldContain("Lee Park left, by Kai Berger.");
        team.ShouldNotContain("lee@kestrel.example");

        var elsewhere = await FoundAsync("Osprey Talent", "ona@osprey.example", "Ona Quinn");
        var rejoined = await JoinAsync(elsewhere, "Osprey Talent", "lee@kestrel.example", "Lee Park");
        (await rejoined.GetStringAsync("/organisation/team", Cancel)).ShouldContain("Osprey Talent: team");
    }

    [Fact]
    public async Task Nobody_manages_another_organisation_s_people_an_admin_cannot_remove_themselves_and_work_goes_only_to_a_colleague()
    {
        var owner = await FoundAsync("Lark Partners", "lars@lark.example", "Lars Holm");
        await JoinAsync(owner, "Lark Partners", "mina@lark.example", "Mina Sato");
        var stranger = await FoundAsync("Wren Partners", "wes@wren.example", "Wes Young");
        var mina = await IdOfAsync("mina@lark.example");
        var lars = await IdOfAsync("lars@lark.example");

        (await stranger.PostFormAsync("/organisation/team", [], $"/organisation/team?handler=MakeAdmin&userId={mina}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostFormAsync("/organisation/team", [], $"/organisation/team?handler=RevokeAdmin&userId={lars}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostFormAsync("/organisation/team", new() { ["Removal.UserId"] = mina.ToString(), ["Removal.SuccessorId"] = (await IdOfAsync("wes@wren.example")).ToString() },
            "/organisation/team?handler=Remove")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var self = await owner.PostFormAsync("/organisation/team", new() { ["Removal.UserId"] = lars.ToString(), ["Removal.SuccessorId"] = mina.ToString() }, "/organisation/team?handler=Remove");
        (await self.Content.ReadAsStringAsync(Cancel)).ShouldContain("You cannot remove yourself: ask another admin to remove you.");
        var foreignSuccessor = await owner.PostFormAsync("/organisation/team",
            new() { ["Removal.UserId"] = mina.ToString(), ["Removal.SuccessorId"] = (await IdOfAsync("wes@wren.example")).ToString() }, "/organisation/team?handler=Remove");
        (await foreignSuccessor.Content.ReadAsStringAsync(Cancel)).ShouldShowErrorNextTo("Removal.SuccessorId", "Choose a colleague of your organisation to take over their work.");
    }

    [Fact]
    public async Task A_person_changes_their_name_and_their_address_through_a_link_sent_to_it()
    {
        var admin = await FoundAsync("Finch Talent", "fay@finch.example", "Fay Finch");

        var empty = await admin.PostFormAsync("/settings", new() { ["DisplayName"] = "" }, "/settings?handler=Name");
        (await empty.Content.ReadAsStringAsync(Cancel)).ShouldShowErrorNextTo("DisplayName", "Enter your name as colleagues should see it.");
        (await admin.PostFormAsync("/settings", new() { ["DisplayName"] = "Fay Finch-Moreau" }, "/settings?handler=Name")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetStringAsync("/organisation/team", Cancel)).ShouldContain("Admin: Fay Finch-Moreau.");

        var bad = await admin.PostFormAsync("/settings", new() { ["NewEmail"] = "not an address" }, "/settings?handler=Email");
        var refused = await bad.Content.ReadAsStringAsync(Cancel);
        refused.ShouldShowErrorNextTo("NewEmail", "Enter an email address like name@company.com.");
        refused.ShouldContain("value=\"not an address\"");
        (await admin.PostFormAsync("/settings", new() { ["NewEmail"] = "fay@finch-moreau.example" }, "/settings?handler=Email")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.SignedInAsync("fay@finch.example", Password)).ShouldNotBeNull("nothing changes until the link is followed");
        var link = PortalFactory.LinkIn(await app.EmailToAsync("fay@finch-moreau.example", "Confirm your new InterimExchange address"), "/account/confirm-email");
        (await app.Anonymous().GetStringAsync(link, Cancel)).ShouldContain("fay@finch-moreau.example");
        (await app.Anonymous().PostFormAsync(link, [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await app.SignedInAsync("fay@finch-moreau.example", Password)).ShouldNotBeNull();
        (await app.Anonymous().PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "fay@finch.example", ["Input.Password"] = Password }))
            .StatusCode.ShouldBe(HttpStatusCode.OK, "the old address signs in no more");
        (await app.EmailToAsync("fay@finch.example", "Your InterimExchange address changed")).ShouldContain("fay@finch-moreau.example");
        (await app.Anonymous().PostFormAsync(link, [])).StatusCode.ShouldBe(HttpStatusCode.OK, "the link worked once");
    }

    [Fact]
    public async Task A_person_changes_their_password_with_the_current_one_and_every_other_session_ends_at_once()
    {
        var here = await FoundAsync("Heron Talent", "hal@heron.example", "Hal Heron");
        var elsewhere = await app.SignedInAsync("hal@heron.example", Password);

        var wrong = await here.PostFormAsync("/settings", new() { ["CurrentPassword"] = "NotMine2027x", ["NewPassword"] = "HeronTalent2028" }, "/settings?handler=Password");
        (await wrong.Content.ReadAsStringAsync(Cancel)).ShouldShowErrorNextTo("CurrentPassword", "That is not your current password.");
        (await here.PostFormAsync("/settings", new() { ["CurrentPassword"] = Password, ["NewPassword"] = "HeronTalent2028" }, "/settings?handler=Password"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await here.GetStringAsync("/settings", Cancel)).ShouldContain("Your password is changed");
        (await elsewhere.GetAsync("/settings", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the other session ends at once");
        (await app.SignedInAsync("hal@heron.example", "HeronTalent2028")).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_person_sees_where_they_are_signed_in_and_ends_a_session_left_open_elsewhere()
    {
        var here = await FoundAsync("Plover Talent", "pia@plover.example", "Pia Plover");
        var phone = app.Anonymous();
        phone.DefaultRequestHeaders.UserAgent.ParseAdd("PloverPhone/1.0");
        (await phone.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "pia@plover.example", ["Input.Password"] = Password })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var tablet = app.Anonymous();
        tablet.DefaultRequestHeaders.UserAgent.ParseAdd("PloverTablet/2.0");
        (await tablet.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "pia@plover.example", ["Input.Password"] = Password })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await tablet.PostFormAsync("/account/sign-out", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var settings = await here.GetStringAsync("/settings", Cancel);
        settings.ShouldContain("This browser");
        settings.ShouldContain("PloverPhone/1.0");
        settings.ShouldNotContain("PloverTablet/2.0", customMessage: "a browser that signed out is no longer listed");
        var session = System.Text.RegularExpressions.Regex.Match(settings, "sessionId=([0-9a-f-]{36})&amp;handler=EndSession").Groups[1].Value;
        session.ShouldNotBeNullOrEmpty();

        var stranger = await FoundAsync("Sandpiper Talent", "sam@sandpiper.example", "Sam Sand");
        (await stranger.PostFormAsync("/settings", [], $"/settings?handler=EndSession&sessionId={session}")).StatusCode.ShouldBe(HttpStatusCode.NotFound,
            "nobody ends another person's session");
        (await here.PostFormAsync("/settings", [], $"/settings?handler=EndSession&sessionId={session}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await phone.GetAsync("/settings", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the phone is signed out at its next page");
        (await here.GetStringAsync("/settings", Cancel)).ShouldNotContain("PloverPhone/1.0");
        (await here.GetAsync("/settings", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK, "this browser stays signed in");

        // A session ended through another instance (which this one does not hear of) ends at the next check of the sessions.
        app.Clock.Advance(TimeSpan.FromSeconds(5));
        var laptop = await app.SignedInAsync("pia@plover.example", Password);
        var laptopSession = await app.WithAsync(async sp =>
        {
            var accounts = sp.GetRequiredService<IAccounts>();
            var userId = (await accounts.AskAsync(new FindAccountQuery("pia@plover.example"), Cancel))!.Value;
            var newest = (await accounts.AskAsync(new ListSessionsQuery(Callers.Rpo(Guid.Empty, userId: userId), DateTime.MinValue), Cancel))[0].Id;
            var db = sp.GetRequiredService<Accounts.Data.AccountsDbContext>();
            return await db.Sessions.Where(x => x.Id == newest)
                .ExecuteUpdateAsync(x => x.SetProperty(y => y.EndedAtUtc, DateTime.UtcNow), Cancel);
        });
        laptopSession.ShouldBe(1);
        (await laptop.GetAsync("/settings", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK, "until the next check");
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        (await laptop.GetAsync("/settings", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "signed out at the next check");
    }

    [Fact]
    public async Task Only_an_organisation_s_admins_manage_its_people_and_nobody_manages_another_organisation_s()
    {
        var admin = await FoundAsync("Tern Partners", "tia@tern.example", "Tia Tern");
        var member = await JoinAsync(admin, "Tern Partners", "tod@tern.example", "Tod Tern");
        await JoinAsync(admin, "Tern Partners", "tess@tern.example", "Tess Tern");
        var otherAdmin = await FoundAsync("Gull Partners", "gil@gull.example", "Gil Gull");
        var tess = await IdOfAsync("tess@tern.example");
        var tia = await IdOfAsync("tia@tern.example");
        Dictionary<string, string> Removal() => new() { ["Removal.UserId"] = tess.ToString(), ["Removal.SuccessorId"] = tia.ToString() };
        var handlers = new (string Handler, Func<Dictionary<string, string>> Fields)[]
        {
            ($"MakeAdmin&userId={tess}", () => []),
            ($"RevokeAdmin&userId={tess}", () => []),
            ("Invite", () => new() { ["Email"] = "new@tern.example" }),
            ("Remove", Removal),
        };

        foreach (var (handler, fields) in handlers)
        {
            (await member.PostFormAsync("/organisation/team", fields(), $"/organisation/team?handler={handler}")).ShouldBeRefused($"{handler} by a colleague who is not an admin");
        }

        foreach (var (handler, fields) in handlers.Where(h => h.Handler != "Invite"))
        {
            (await otherAdmin.PostFormAsync("/organisation/team", fields(), $"/organisation/team?handler={handler}")).StatusCode
                .ShouldBe(HttpStatusCode.NotFound, $"{handler} by another organisation's admin");
        }

        foreach (var (handler, fields) in handlers)
        {
            (await admin.PostFormAsync("/organisation/team", fields(), $"/organisation/team?handler={handler}")).StatusCode
                .ShouldBe(HttpStatusCode.Redirect, $"{handler} by the organisation's admin");
        }

        (await admin.GetStringAsync("/organisation/team", Cancel)).ShouldContain("Tess Tern, left on");
    }

    private Task<HttpClient> FoundAsync(string organisation, string email, string name) => app.FoundAsync("rpo", organisation, email, name, Password);

    private Task<HttpClient> JoinAsync(HttpClient admin, string organisation, string email, string name, bool asAdmin = false) =>
        app.JoinAsync(admin, organisation, email, name, Password, asAdmin);

    private Task<Guid> IdOfAsync(string email) => app.AccountAsync(email);
}
