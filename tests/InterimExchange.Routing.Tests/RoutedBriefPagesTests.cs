using System.Net;
using System.Text.RegularExpressions;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Routing.Contracts;
using InterimExchange.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Routing.Tests;

/// <summary>What firms see of a routed brief: only their own, led by success criteria, never the commercial section.</summary>
public sealed class RoutedBriefPagesTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly Guid Meridian = DemoAccounts.Firms[0].Id;

    /// <summary>Confirms the demo Head of Quality brief (confidential, with a day rate in its commercial section) and routes it to Meridian only.</summary>
    private async Task<Guid> RouteHeadOfQualityToMeridianAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var briefs = scope.ServiceProvider.GetRequiredService<IBriefs>();
        var briefId = (await briefs.AskAsync(new ListBriefsQuery(DemoAccounts.Northbridge.Id, null, "Interim Head of Quality", 1), Cancel)).Items.Single().Id;
        if ((await briefs.AskAsync(new ReviewBriefQuery(DemoAccounts.Northbridge.Id, briefId), Cancel))!.Status == BriefStatus.BriefingSubmitted)
        {
            (await briefs.SendAsync(new ConfirmBriefingCommand(Callers.Rpo(DemoAccounts.Northbridge.Id, userId: Guid.NewGuid(), name: "Amelia Hart"), briefId), Cancel)).Succeeded.ShouldBeTrue();
        }

        var routing = scope.ServiceProvider.GetRequiredService<IRouting>();
        await TestServices.Eventually(async () => (await routing.AskAsync(new RecommendQuery(Callers.Rpo(DemoAccounts.Northbridge.Id), briefId), Cancel))?.Any(r => r.FirmId == Meridian) == true,
            TimeSpan.FromSeconds(20), "Meridian among the recommendations");
        if ((await routing.AskAsync(new RoutedFirmsQuery(Callers.Rpo(DemoAccounts.Northbridge.Id), briefId), Cancel)).Count == 0)
        {
            (await routing.SendAsync(new RouteBriefCommand(Callers.Rpo(DemoAccounts.Northbridge.Id, DemoAccounts.Northbridge.Name, Guid.Empty, "Amelia Hart"), briefId, null, null, [new FirmToRoute(Meridian, "Maria, this one is for you.")]), Cancel))
                .Succeeded.ShouldBeTrue();
        }

        var maria = await app.SignedInAsync("maria.santos@meridianquality.example");
        await TestServices.Eventually(async () => (await maria.GetStringAsync("/firm", Cancel)).Contains(briefId.ToString(), StringComparison.Ordinal),
            TimeSpan.FromSeconds(20), "the brief in Meridian's inbox");
        return briefId;
    }

    [Fact]
    public async Task The_firm_reads_the_brief_led_by_its_success_criteria_without_the_client_s_name_or_any_commercial_term()
    {
        var briefId = await RouteHeadOfQualityToMeridianAsync();
        var maria = await app.SignedInAsync("maria.santos@meridianquality.example");

        var html = await maria.GetStringAsync($"/firm/briefs/{briefId}", Cancel);

        html.IndexOf("What success looks like", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("Context", StringComparison.Ordinal));
        html.ShouldContain("All CAPAs from the inspection closed and verified effective");
        html.ShouldContain("Maria, this one is for you.");
        html.ShouldContain("Client withheld (confidential)");
        html.ShouldNotContain("Valdora");
        // Whole words only: the page's random antiforgery tokens once held "eur".
        Regex.IsMatch(html, @"\bEUR\b").ShouldBeFalse();
        html.ShouldNotShowNumber("1,400");
        html.ShouldNotShowNumber("1,700");
    }

    [Fact]
    public async Task A_firm_never_sees_a_brief_routed_to_another_firm()
    {
        var briefId = await RouteHeadOfQualityToMeridianAsync();
        var daniel = await app.SignedInAsync("daniel.weber@regpath.example");

        (await daniel.GetAsync($"/firm/briefs/{briefId}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await daniel.GetStringAsync("/firm", Cancel)).ShouldNotContain(briefId.ToString());
        var answer = await daniel.PostFormAsync("/firm", new() { ["interested"] = "true" }, $"/firm/briefs/{briefId}");
        answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_RPO_cannot_see_recommendations_or_route_a_brief_that_is_not_its_own()
    {
        var briefId = await RouteHeadOfQualityToMeridianAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var routing = scope.ServiceProvider.GetRequiredService<IRouting>();
        var stranger = Guid.NewGuid();

        (await routing.AskAsync(new RecommendQuery(Callers.Rpo(stranger), briefId), Cancel)).ShouldBeNull();
        (await routing.AskAsync(new RoutedFirmsQuery(Callers.Rpo(stranger), briefId), Cancel)).ShouldBeEmpty();
        (await routing.SendAsync(new RouteBriefCommand(Callers.Rpo(stranger, "Stranger RPO", Guid.Empty, "Someone"), briefId, null, null, [new FirmToRoute(DemoAccounts.Firms[1].Id, null)]), Cancel))
            .IsNotFound.ShouldBeTrue();
    }

    [Fact]
    public async Task A_decline_needs_a_reason()
    {
        var briefId = await RouteHeadOfQualityToMeridianAsync();
        var maria = await app.SignedInAsync("maria.santos@meridianquality.example");

        var response = await maria.PostFormAsync($"/firm/briefs/{briefId}", new() { ["interested"] = "false", ["Note"] = "Sorry" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("Choose the reason you decline");
    }
}
