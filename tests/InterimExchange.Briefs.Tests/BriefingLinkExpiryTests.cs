using System.Net;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Briefs.Tests;

/// <summary>A briefing link's expiry, reached by moving the app's clock.</summary>
public sealed class BriefingLinkExpiryTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_expired_briefing_link_gets_a_clear_page_and_shows_as_expired_to_the_coordinator()
    {
        var cancel = TestContext.Current.CancellationToken;
        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");
        Guid briefId;
        Guid contactId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var briefs = scope.ServiceProvider.GetRequiredService<IBriefs>();
            briefId = (await briefs.ListBriefsAsync(new BriefQuery(DemoAccounts.Northbridge.Id, BriefStatus.Draft, null, 1), cancel)).Items.Single().Id;
            contactId = (await briefs.GetBriefAsync(DemoAccounts.Northbridge.Id, briefId, cancel))!.Contacts.Single().Id;
        }

        await amelia.PostFormAsync($"/rpo/briefs/{briefId}", new() { ["contactId"] = contactId.ToString() }, $"/rpo/briefs/{briefId}?handler=Invite");
        var link = PortalFactory.LinkIn(await app.EmailToAsync("grace.whitfield@harbourfoods.example", "Please brief us"), "/account/briefing");
        (await app.Anonymous().GetAsync(link, cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));

        var response = await app.Anonymous().GetAsync(link, cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await response.Content.ReadAsStringAsync(cancel)).ShouldContain("This briefing link has expired");
        var coordinatorView = await (await app.SignedInAsync("tom.okafor@northbridge.example")).GetStringAsync($"/rpo/briefs/{briefId}", cancel);
        coordinatorView.ShouldContain("Expired");
        coordinatorView.ShouldContain("Send the invitation");
    }
}
