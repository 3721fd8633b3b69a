using System.Net;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Web.Tests;

/// <summary>The routing page as a coordinator reaches it right after confirming a briefing.</summary>
public sealed class RoutingPageTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private const string Amelia = "amelia.hart@northbridge.example";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Right_after_confirming_the_routing_page_never_says_the_brief_is_not_confirmed()
    {
        var amelia = await app.SignedInAsync(Amelia);
        var briefId = await app.DemoBriefIdAsync("Interim Head of Quality");
        (await amelia.PostFormAsync($"/rpo/briefs/{briefId}", [], $"/rpo/briefs/{briefId}?handler=Confirm")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Routing learns of the confirmation by message: until it has, the page prepares the recommendations and asks again by itself.
        var page = await amelia.GetStringAsync($"/rpo/briefs/{briefId}/routing", Cancel);
        page.ShouldNotContain("must be confirmed first");
        if (page.Contains("Preparing recommendations", StringComparison.Ordinal))
        {
            page.ShouldContain("<meta http-equiv=\"refresh\" content=\"2\" />");
        }

        await TestServices.Eventually(async () => (await amelia.GetStringAsync($"/rpo/briefs/{briefId}/routing", Cancel)).Contains("Specialises in", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "the recommendations, with their reasons");
        (await amelia.GetStringAsync($"/rpo/briefs/{await app.DemoBriefIdAsync("Interim Finance Transformation Lead")}/routing", Cancel))
            .ShouldContain("must be confirmed first", customMessage: "a draft is told what to do instead");
    }
}

/// <summary>When no firm of the network specialises in a brief's sector and function, the routing page says so and chooses nobody.</summary>
public sealed class RoutingWithoutAFullFitTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_no_full_fit_nobody_starts_chosen_and_the_page_says_what_to_widen()
    {
        // RegPath is the only firm specialising in pharma regulatory affairs: suspended, it leaves only partial fits.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<FirmNetwork.Contracts.IFirmNetwork>().SendAsync(
                new FirmNetwork.Contracts.SuspendFirmCommand(Callers.VettingOfficer(), Accounts.Contracts.DemoAccounts.Firms[1].Id, "Reference check under way"), Cancel))
                .Succeeded.ShouldBeTrue();
        }

        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");
        var briefId = await app.DemoBriefIdAsync("Interim Director of Regulatory Affairs");
        string page = "";
        await TestServices.Eventually(async () =>
        {
            page = await amelia.GetStringAsync($"/rpo/briefs/{briefId}/routing", Cancel);
            return page.Contains("Works in Pharma", StringComparison.Ordinal) && !page.Contains("RegPath Interim", StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(30), "the partial fits, without the suspended full fit");

        page.ShouldContain("No firm in the network specialises in this brief");
        page.ShouldContain("Partial fit. What does not fit: No regulatory affairs practice");
        page.ShouldNotContain("checked=\"checked\"");
    }
}
