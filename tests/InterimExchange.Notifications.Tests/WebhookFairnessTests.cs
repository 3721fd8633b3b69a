using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using InterimExchange.Testing;

namespace InterimExchange.Notifications.Tests;

/// <summary>One organisation's receiver that never answers holds back no other organisation's deliveries.</summary>
public sealed class WebhookFairnessTests(PortalFactory app) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly WebhookTests.Receiver receiver = new();

    public ValueTask InitializeAsync() => receiver.StartAsync();

    public ValueTask DisposeAsync() => receiver.DisposeAsync();

    [Fact]
    public async Task A_firm_s_system_receives_its_delivery_while_another_firm_s_receiver_that_never_answers_still_holds_three_earlier_ones()
    {
        var meridian = await WebhookTests.TokenAsync(app, "maria.santos@meridianquality.example");
        var hanging = new[] { "meridian-1", "meridian-2", "meridian-3" };
        foreach (var name in hanging)
        {
            receiver.Hang(name);
            (await meridian.PostAsJsonAsync("/api/v1/webhooks", new { address = receiver.Address(name), events = new[] { "brief.routed" } }, Cancel))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        (await (await WebhookTests.TokenAsync(app, "daniel.weber@regpath.example")).PostAsJsonAsync("/api/v1/webhooks",
            new { address = receiver.Address("regpath"), events = new[] { "brief.routed" } }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Created);

        // Meridian's three deliveries are due a second before RegPath's, so they come first.
        await app.RoutedBriefAsync("Interim Head of Quality", "amelia.hart@northbridge.example", [Marketplace.Meridian], answer: false);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await app.RoutedBriefAsync("Interim Director of Regulatory Affairs", "amelia.hart@northbridge.example", [Marketplace.RegPath], answer: false);
        // All four deliveries are waiting before the sender runs: on a busy machine RegPath's could otherwise arrive a run later.
        await app.QuietAsync();

        var started = Stopwatch.StartNew();
        await WebhookTests.WaitForAsync(app, receiver, "regpath", 1);
        var waited = started.Elapsed;
        foreach (var name in hanging)
        {
            receiver.Received(name).Count.ShouldBe(1, $"{name} was sent its delivery in the same run");
            receiver.GivenUp(name).ShouldBe(0, $"RegPath's delivery came {waited.TotalSeconds:0.0} s after the run started, before the sender gave up on {name}");
        }

        // The sender gives up on each within its timeout, and records it.
        await TestServices.Eventually(() => Task.FromResult(hanging.All(name => receiver.GivenUp(name) == 1)), TimeSpan.FromSeconds(30), "the sender to give up on the receiver that never answers");
        var log = await (await app.SignedInAsync("maria.santos@meridianquality.example")).GetStringAsync("/organisation/webhooks", Cancel);
        log.ShouldContain("The receiver did not answer within 10 seconds.");
    }
}
