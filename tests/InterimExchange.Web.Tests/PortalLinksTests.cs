using System.Net;
using InterimExchange.BuildingBlocks;
using InterimExchange.Testing;

namespace InterimExchange.Web.Tests;

/// <summary>Every portal page that emails and notifications link to opens for the person the message goes to.</summary>
public sealed class PortalLinksTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    /// <summary>The demo brief in evaluation: routed to Meridian and to Northbridge's own sourcing team.</summary>
    private static readonly Guid BriefInEvaluation = Guid.Parse("b1000000-0000-0000-0000-000000000001");

    [Fact]
    public async Task Each_link_of_the_coordinator_s_messages_opens_its_page()
    {
        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");

        foreach (var link in new[]
                 {
                     PortalLinks.Brief(BriefInEvaluation), PortalLinks.BriefOutcomes(BriefInEvaluation), PortalLinks.BriefEvaluation(BriefInEvaluation),
                     PortalLinks.RoutedBrief(BriefInEvaluation, sourcingTeam: true), PortalLinks.Notifications,
                 })
        {
            (await amelia.GetAsync(link, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK, link);
        }
    }

    [Fact]
    public async Task Each_link_of_a_firm_s_messages_opens_its_page()
    {
        var maria = await app.SignedInAsync("maria.santos@meridianquality.example");

        foreach (var link in new[] { PortalLinks.RoutedBrief(BriefInEvaluation, sourcingTeam: false), PortalLinks.FirmHome, PortalLinks.Notifications })
        {
            (await maria.GetAsync(link, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK, link);
        }
    }
}
