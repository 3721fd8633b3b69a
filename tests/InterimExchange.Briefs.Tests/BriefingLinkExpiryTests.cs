using System.Net;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Briefs.Data;
using InterimExchange.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Briefs.Tests;

/// <summary>A briefing link's expiry, reached by moving the app's clock.</summary>
public sealed class BriefingLinkExpiryTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_expired_briefing_link_gets_a_clear_page_and_shows_as_expired_to_the_coordinator()
    {
        var cancel = TestContext.Current.CancellationToken;
        var (_, briefId, link) = await InviteGraceAsync(app);
        (await app.Anonymous().GetAsync(link, cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));

        var response = await app.Anonymous().GetAsync(link, cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await response.Content.ReadAsStringAsync(cancel)).ShouldContain("This briefing link has expired");
        var coordinatorView = await (await app.SignedInAsync("tom.okafor@northbridge.example")).GetStringAsync($"/rpo/briefs/{briefId}", cancel);
        coordinatorView.ShouldContain("Expired");
        coordinatorView.ShouldContain("Send the invitation");
    }

    [Fact]
    public async Task A_briefing_link_is_used_up_once_it_created_the_executive_s_account_and_the_executive_then_signs_in()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var fresh = new PortalFactory();
        var (_, briefId, link) = await InviteGraceAsync(fresh);

        var executive = fresh.Anonymous();
        var created = await executive.PostFormAsync(link, new() { ["Input.DisplayName"] = "Grace Whitfield", ["Input.Password"] = "Harbourfoods2026" });
        created.Headers.Location!.OriginalString.ShouldBe($"/client/briefings/{briefId}");

        var reopened = await fresh.Anonymous().GetAsync(link, cancel);
        reopened.StatusCode.ShouldBe(HttpStatusCode.Gone);
        var page = await reopened.Content.ReadAsStringAsync(cancel);
        page.ShouldContain("Your briefing link has been used");
        page.ShouldNotContain("Choose your name and a password");
        (await executive.GetAsync(link, cancel)).Headers.Location!.OriginalString.ShouldBe($"/client/briefings/{briefId}", "signed in, the used link still leads to the briefing");

        var signedIn = await fresh.SignedInAsync("grace.whitfield@harbourfoods.example", "Harbourfoods2026");
        (await signedIn.GetAsync($"/client/briefings/{briefId}", cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_briefing_link_s_token_is_kept_by_briefs_only_as_its_hash_and_a_revoked_link_opens_nothing()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var fresh = new PortalFactory();
        var (amelia, briefId, link) = await InviteGraceAsync(fresh);
        var token = Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..]);

        var invitation = await fresh.WithAsync(sp => sp.GetRequiredService<BriefsDbContext>().BriefingInvitations.AsNoTracking().SingleAsync(i => i.BriefId == briefId, cancel));
        invitation.TokenHash.ShouldBe(BuildingBlocks.Tokens.LinkToken.HashOf(token));
        invitation.TokenHash.ShouldNotContain(token);

        await amelia.PostFormAsync($"/rpo/briefs/{briefId}", [], $"/rpo/briefs/{briefId}?handler=Revoke&invitationId={invitation.Id}");
        var response = await fresh.Anonymous().GetAsync(link, cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await response.Content.ReadAsStringAsync(cancel)).ShouldContain("This briefing link no longer works");
    }

    /// <summary>Amelia invites Harbour Foods' executive to brief the draft brief; the link from her email.</summary>
    private static async Task<(HttpClient Amelia, Guid BriefId, string Link)> InviteGraceAsync(PortalFactory app)
    {
        var cancel = TestContext.Current.CancellationToken;
        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");
        var (briefId, contactId) = await app.WithAsync(async sp =>
        {
            var briefs = sp.GetRequiredService<IBriefs>();
            var id = (await briefs.AskAsync(new ListBriefsQuery(DemoAccounts.Northbridge.Id, BriefStatus.Draft, null, 1), cancel)).Items.Single().Id;
            return (id, (await briefs.AskAsync(new ReviewBriefQuery(DemoAccounts.Northbridge.Id, id), cancel))!.Contacts.Single().Id);
        });
        await amelia.PostFormAsync($"/rpo/briefs/{briefId}", new() { ["contactId"] = contactId.ToString() }, $"/rpo/briefs/{briefId}?handler=Invite");
        return (amelia, briefId, PortalFactory.LinkIn(await app.EmailToAsync("grace.whitfield@harbourfoods.example", "Please brief us"), "/account/briefing"));
    }
}
