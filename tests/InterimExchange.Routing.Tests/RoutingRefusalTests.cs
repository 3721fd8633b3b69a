using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;
using InterimExchange.Routing.Contracts;
using InterimExchange.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Routing.Tests;

/// <summary>
/// A firm that was suspended, whose vetting expired or that is full is refused when a brief is routed to it, though the
/// coordinator's page still showed it: through the module, and through the page with the reason next to the firm.
/// </summary>
public sealed class RoutingRefusalTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static readonly Guid Northbridge = DemoAccounts.Northbridge.Id;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Routing_a_suspended_an_expired_or_a_full_firm_is_refused_by_the_module_and_on_the_page_next_to_the_firm()
    {
        var (suspended, expired, full) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var names = new Dictionary<Guid, string> { [suspended] = "Suspended Quality Interim", [expired] = "Expired Quality Interim", [full] = "Full Quality Interim" };
        var bus = app.Services.GetRequiredService<IBus>();
        foreach (var (id, name) in names)
        {
            await bus.Publish(new FirmVetted(id, name, [new SpecialismData("pharma", "quality")], ["dach"], ["executive"], id == full ? 1 : 3,
                new DateOnly(2027, 11, 1), new DateOnly(2027, 6, 1), DateTime.UtcNow, TellTheFirm: false), Cancel);
        }

        var first = await app.WithAsync(async sp => (await sp.GetRequiredService<IBriefs>().AskAsync(new ListBriefsQuery(Northbridge, BriefStatus.Confirmed, null, 1), Cancel))
            .Items.Single().Id);
        var second = await app.DemoBriefIdAsync("Interim Head of Quality");
        (await app.WithAsync(sp => sp.GetRequiredService<IBriefs>().SendAsync(new ConfirmBriefingCommand(Callers.Rpo(Northbridge, userId: Guid.NewGuid(), name: "Amelia Hart"), second), Cancel)))
            .Succeeded.ShouldBeTrue();
        foreach (var brief in new[] { first, second })
        {
            await TestServices.Eventually(async () => (await SearchAsync(brief, "Quality Interim")).Count(names.ContainsKey) == 3, TimeSpan.FromSeconds(60),
                "the three firms eligible for the brief");
        }

        // The full firm takes one brief, its capacity; the others are suspended and expire.
        (await RouteAsync(first, full)).Succeeded.ShouldBeTrue();
        await bus.Publish(new FirmSuspended(suspended, "Reference check under way", DateTime.UtcNow), Cancel);
        await bus.Publish(new FirmVettingExpired(expired, new DateOnly(2026, 11, 1), DateTime.UtcNow), Cancel);
        await TestServices.Eventually(async () => !(await SearchAsync(second, "Quality Interim")).Any(names.ContainsKey), TimeSpan.FromSeconds(30),
            "none of the three eligible any longer");

        var reasons = new Dictionary<Guid, string>
        {
            [suspended] = "Suspended Quality Interim is suspended from the network: it receives no brief until it is reinstated. Untick it and confirm again.",
            [expired] = "The vetting of Expired Quality Interim has expired: it receives no brief until it is vetted again. Untick it and confirm again.",
            [full] = "Full Quality Interim is full: it has 1 open brief, as many as it takes at once. Untick it and confirm again.",
        };
        foreach (var (id, reason) in reasons)
        {
            var refused = await RouteAsync(second, id);
            refused.Succeeded.ShouldBeFalse(names[id]);
            refused.Errors.Keys.ShouldContain(RouteBriefCommand.FirmField(id));
            refused.Errors[RouteBriefCommand.FirmField(id)].ShouldBe([reason]);
        }

        // The coordinator's page still showed the three (it was opened before): each refusal is next to its firm, and nothing is routed.
        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");
        var fields = new List<KeyValuePair<string, string>>();
        var i = 0;
        foreach (var (id, name) in names)
        {
            fields.Add(new("Chosen", id.ToString()));
            fields.Add(new($"Notes[{i}].FirmId", id.ToString()));
            fields.Add(new($"Notes[{i++}].Name", name));
        }

        var response = await amelia.PostFormAsync($"/rpo/briefs/{second}/routing", fields);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync(Cancel);
        foreach (var (id, reason) in reasons)
        {
            page.ShouldShowErrorNextTo(RouteBriefCommand.FirmField(id), reason);
        }

        (await app.WithAsync(sp => sp.GetRequiredService<IRouting>().AskAsync(new RoutedFirmsQuery(Callers.Rpo(Northbridge), second), Cancel))).ShouldBeEmpty();
    }

    private Task<IReadOnlyList<Guid>> SearchAsync(Guid briefId, string name) => app.WithAsync(async sp =>
        (IReadOnlyList<Guid>)(await sp.GetRequiredService<IRouting>().AskAsync(new FindEligibleFirmsQuery(Callers.Rpo(Northbridge), briefId, name), Cancel)).Select(f => f.FirmId).ToList());

    private Task<BuildingBlocks.Results.Result> RouteAsync(Guid briefId, Guid firmId) => app.WithAsync(sp => sp.GetRequiredService<IRouting>().SendAsync(
        new RouteBriefCommand(Callers.Rpo(Northbridge, DemoAccounts.Northbridge.Name, Guid.NewGuid(), "Amelia Hart"), briefId, null, null, [new FirmToRoute(firmId, null)]), Cancel));
}
