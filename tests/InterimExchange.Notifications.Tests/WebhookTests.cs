using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Notifications.Contracts;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Testing;
using InterimExchange.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Notifications.Tests;

/// <summary>
/// Webhooks to a real receiver over HTTP: signed deliveries, retried after the receiver failed, sent again on request, and
/// never to an organisation the event does not concern.
/// </summary>
public sealed partial class WebhookTests(PortalFactory app) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private const string Amelia = "amelia.hart@northbridge.example";
    private const string Maria = "maria.santos@meridianquality.example";
    private const string Daniel = "daniel.weber@regpath.example";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly Receiver receiver = new();

    public ValueTask InitializeAsync() => receiver.StartAsync();

    public ValueTask DisposeAsync() => receiver.DisposeAsync();

    [Fact]
    public async Task A_firm_s_system_receives_a_signed_delivery_again_after_answering_500_and_another_firm_receives_nothing()
    {
        // Meridian's admin subscribes in the portal; RegPath's system subscribes itself through the API.
        var maria = await app.SignedInAsync(Maria);
        var page = await (await maria.PostFormAsync("/organisation/webhooks",
            [new("Address", receiver.Address("meridian")), new("Events", "brief.routed"), new("Events", "outcome.given")],
            "/organisation/webhooks?handler=Subscribe")).Content.ReadAsStringAsync(Cancel);
        page.ShouldContain("Copy the signing secret now");
        var secret = SecretRegex().Match(page).Value;
        secret.ShouldNotBeEmpty();
        (await maria.GetStringAsync("/organisation/webhooks", Cancel)).ShouldNotContain(secret);

        var regPath = await TokenAsync(Daniel);
        var subscribed = await regPath.PostAsJsonAsync("/api/v1/webhooks", new { address = receiver.Address("regpath"), events = new[] { "brief.routed" } }, Cancel);
        subscribed.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await regPath.GetStringAsync("/api/v1/webhooks", Cancel)).ShouldContain(receiver.Address("regpath"));

        receiver.Answer("meridian", HttpStatusCode.InternalServerError);
        var briefId = await app.RoutedBriefAsync("Interim Head of Quality", Amelia, [Marketplace.Meridian], answer: false);

        var first = await WaitForAsync("meridian", 1);
        var retry = await WaitForAsync("meridian", 2);
        retry.Headers["Webhook-Id"].ShouldBe(first.Headers["Webhook-Id"]);
        retry.Body.ShouldBe(first.Body);
        foreach (var delivery in new[] { first, retry })
        {
            Signed(delivery, secret).ShouldBeTrue("the signature is the HMAC-SHA256 of the timestamp and the body with the secret");
            Signed(delivery, secret + "x").ShouldBeFalse();
        }

        var body = JsonDocument.Parse(retry.Body).RootElement;
        body.GetProperty("type").GetString().ShouldBe("brief.routed");
        body.GetProperty("id").GetString().ShouldBe(retry.Headers["Webhook-Id"]);
        body.GetProperty("data").GetProperty("briefId").GetGuid().ShouldBe(briefId);
        body.GetProperty("data").GetProperty("roleTitle").GetString().ShouldBe("Interim Head of Quality");
        body.GetProperty("data").EnumerateObject().Select(p => p.Name).ShouldBe(["briefId", "roleTitle", "wave", "respondBy", "proposalsDue"], ignoreOrder: true);

        // Only this delivery's row: the log also lists the deliveries of Meridian's subscriptions from the class's other tests.
        // The receiver has the retry a moment before the sender records its answer: the log is read once it has.
        var deliveryId = retry.Headers["Webhook-Id"];
        var row = "";
        await TestServices.Eventually(async () =>
        {
            var log = await maria.GetStringAsync("/organisation/webhooks", Cancel);
            var at = log.IndexOf($"<code>{deliveryId}</code>", StringComparison.Ordinal);
            row = at < 0 ? "" : log[at..][..log[at..].IndexOf("</tr>", StringComparison.Ordinal)];
            return row.Contains("Delivered", StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(20), "the delivery recorded as delivered in the log");
        row.ShouldContain("<td data-label=\"Attempts\">2</td>", customMessage: "two attempts");
        row.ShouldContain("<td data-label=\"Last answer\">200</td>", customMessage: "the receiver's last answer");
        receiver.Received("regpath").ShouldBeEmpty();

        // Sent again on request, with the same id and body.
        (await (await TokenAsync(Amelia)).PostAsync($"/api/v1/webhooks/deliveries/{deliveryId}/replay", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await maria.PostFormAsync("/organisation/webhooks", [], $"/organisation/webhooks?handler=Replay&deliveryId={deliveryId}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var replayed = await WaitForAsync("meridian", 3);
        replayed.Headers["Webhook-Id"].ShouldBe(deliveryId);
        replayed.Body.ShouldBe(first.Body);
        receiver.Received("regpath").ShouldBeEmpty();

        // A test delivery on request: signed like any other, and the system's answer shows in the log. Nobody else may ask for one.
        (await maria.GetStringAsync("/organisation/webhooks", Cancel)).ShouldContain("What your system receives");
        var subscriptionId = (await app.WithAsync(sp => sp.GetRequiredService<INotifications>().AskAsync(new ListWebhooksQuery(Callers.Firm(Marketplace.Meridian)), Cancel)))
            .Single(s => s.Address == receiver.Address("meridian")).Id;
        var daniel = await app.SignedInAsync(Daniel);
        (await daniel.PostFormAsync("/organisation/webhooks", [], $"/organisation/webhooks?handler=Test&subscriptionId={subscriptionId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await maria.PostFormAsync("/organisation/webhooks", [], $"/organisation/webhooks?handler=Test&subscriptionId={subscriptionId}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var test = await WaitForAsync("meridian", 4);
        JsonDocument.Parse(test.Body).RootElement.GetProperty("type").GetString().ShouldBe(WebhookEvents.Test);
        Signed(test, secret).ShouldBeTrue();
        var tested = await maria.GetStringAsync("/organisation/webhooks", Cancel);
        var testRow = tested[tested.IndexOf($"<code>{test.Headers["Webhook-Id"]}</code>", StringComparison.Ordinal)..];
        testRow[..testRow.IndexOf("</tr>", StringComparison.Ordinal)].ShouldContain("Delivered");
        receiver.Received("regpath").ShouldBeEmpty();
    }

    [Fact]
    public async Task An_RPO_s_system_hears_of_a_proposal_without_its_commercial_terms_and_the_firm_s_of_a_moved_date_and_its_outcome()
    {
        var northbridge = await TokenAsync(Amelia);
        var created = await northbridge.PostAsJsonAsync("/api/v1/webhooks",
            new { address = receiver.Address("northbridge"), events = new[] { "proposal.received" } }, Cancel);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var secret = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("secret").GetString()!;
        (await (await TokenAsync(Maria)).PostAsJsonAsync("/api/v1/webhooks",
            new { address = receiver.Address("meridian-decisions"), events = new[] { "outcome.given", "decision_date.moved" } }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var briefId = await app.RoutedBriefAsync("Interim Director of Regulatory Affairs", Amelia, [Marketplace.Meridian]);
        var submitted = await app.WithAsync(sp => sp.GetRequiredService<IProposals>()
            .SendAsync(new SubmitProposalCommand(Callers.Firm(Marketplace.Meridian), briefId, Marketplace.Proposal("Candidate W", 1873, "Paid monthly in arrears")), Cancel));
        submitted.Succeeded.ShouldBeTrue();

        var delivery = await WaitForAsync("northbridge", 1);
        Signed(delivery, secret).ShouldBeTrue();
        var body = JsonDocument.Parse(delivery.Body).RootElement;
        body.GetProperty("type").GetString().ShouldBe("proposal.received");
        body.GetProperty("data").GetProperty("briefId").GetGuid().ShouldBe(briefId);
        body.GetProperty("data").GetProperty("firmName").GetString().ShouldBe("Meridian Quality Interim");
        delivery.Body.ShouldNotShowNumber("1,873", "a webhook: the day rate is sealed");
        delivery.Body.ShouldNotContain("arrears");
        delivery.Body.ShouldNotContain("Candidate W");

        // The coordinator moves the date the firm awaits its answer by, then gives it.
        Task<T> Outcomes<T>(Func<IProposals, Task<T>> use) => app.WithAsync(sp => use(sp.GetRequiredService<IProposals>()));
        var decision = (await Outcomes(o => o.AskAsync(new ViewBriefDecisionsQuery(Callers.Rpo(Marketplace.Northbridge), briefId), Cancel)))!.Items.First(i => i.FirmId == Marketplace.Meridian && i.Outcome is null);
        var coordinator = Callers.Rpo(Marketplace.Northbridge, userId: await app.AccountAsync(Amelia), name: "Amelia Hart");
        var newDate = decision.DecisionBy.AddDays(3);
        (await Outcomes(o => o.SendAsync(new MoveDecisionDateCommand(coordinator, briefId, decision.Id, newDate, "The client's board meets on Friday"), Cancel))).Succeeded.ShouldBeTrue();
        var moved = JsonDocument.Parse((await WaitForAsync("meridian-decisions", 1)).Body).RootElement;
        moved.GetProperty("type").GetString().ShouldBe("decision_date.moved");
        moved.GetProperty("data").GetProperty("to").GetString().ShouldBe(newDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        moved.GetProperty("data").GetProperty("reason").GetString().ShouldBe("The client's board meets on Friday");

        (await Outcomes(o => o.SendAsync(new NotProgressCommand(coordinator, briefId, decision.Id, NotProgressedReason.CriteriaNotMet, "The client chose a candidate with more biologics experience."), Cancel))).Succeeded.ShouldBeTrue();
        var given = JsonDocument.Parse((await WaitForAsync("meridian-decisions", 2)).Body).RootElement;
        given.GetProperty("type").GetString().ShouldBe("outcome.given");
        given.GetProperty("data").GetProperty("decisionId").GetGuid().ShouldBe(decision.Id);
        receiver.Received("northbridge").Count.ShouldBe(1, "an RPO is not sent the firm's events");
    }

    [Fact]
    public async Task A_subscription_needs_an_https_address_and_the_events_of_its_kind_and_another_organisation_s_is_not_found()
    {
        var amelia = await app.SignedInAsync(Amelia);
        var refused = await (await amelia.PostFormAsync("/organisation/webhooks", [new("Address", "http://ats.example/hook"), new("Events", "brief.routed")],
            "/organisation/webhooks?handler=Subscribe")).Content.ReadAsStringAsync(Cancel);
        refused.ShouldShowErrorNextTo("Address", "Use an https:// address (or http://localhost for a system on your own computer), without a #.");
        refused.ShouldShowErrorNextTo("Events", "Choose from the listed events.");
        refused.ShouldContain("value=\"http://ats.example/hook\"");

        var tom = await app.SignedInAsync("tom.okafor@northbridge.example");
        (await tom.PostFormAsync("/organisation/webhooks", [new("Address", "https://ats.example/hook"), new("Events", "proposal.received")],
            "/organisation/webhooks?handler=Subscribe")).ShouldBeRefused();

        var northbridge = await TokenAsync(Amelia);
        var created = await northbridge.PostAsJsonAsync("/api/v1/webhooks", new { address = "https://ats.example/hook", events = new[] { "proposal.received" } }, Cancel);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("id").GetGuid();

        var meridian = await TokenAsync(Maria);
        (await meridian.GetAsync($"/api/v1/webhooks/{id}/deliveries", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await meridian.DeleteAsync($"/api/v1/webhooks/{id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await meridian.GetStringAsync("/api/v1/webhooks", Cancel)).ShouldNotContain(id.ToString());
        (await northbridge.DeleteAsync($"/api/v1/webhooks/{id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await northbridge.GetStringAsync("/api/v1/webhooks", Cancel)).ShouldContain("disabledAtUtc\":\"");
    }

    [Fact]
    public async Task An_organisation_has_at_most_twenty_webhooks_in_use_and_the_twenty_first_is_refused_with_a_clear_message()
    {
        const string priya = "priya.shah@ledgerline.example";
        var ledgerline = await TokenAsync(priya);
        for (var n = 1; n <= 20; n++)
        {
            (await ledgerline.PostAsJsonAsync("/api/v1/webhooks", new { address = $"https://ats.example/hook/{n}", events = new[] { "brief.routed" } }, Cancel))
                .StatusCode.ShouldBe(HttpStatusCode.Created, $"subscription {n}");
        }

        var tooMany = await ledgerline.PostAsJsonAsync("/api/v1/webhooks", new { address = "https://ats.example/hook/21", events = new[] { "brief.routed" } }, Cancel);
        tooMany.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        const string message = "Your organisation already has 20 webhooks in use, the most it can have. Disable one it no longer needs first.";
        (await tooMany.Content.ReadAsStringAsync(Cancel)).ShouldContain(message);

        var priyaInPortal = await app.SignedInAsync(priya);
        var refused = await (await priyaInPortal.PostFormAsync("/organisation/webhooks", [new("Address", "https://ats.example/hook/21"), new("Events", "brief.routed")],
            "/organisation/webhooks?handler=Subscribe")).Content.ReadAsStringAsync(Cancel);
        refused.ShouldShowErrorNextTo("Address", message);
        (await ledgerline.GetStringAsync("/api/v1/webhooks", Cancel)).ShouldNotContain("hook/21");

        // One disabled makes room for another.
        var first = JsonDocument.Parse(await ledgerline.GetStringAsync("/api/v1/webhooks", Cancel)).RootElement.EnumerateArray()
            .First(w => w.GetProperty("address").GetString() == "https://ats.example/hook/1").GetProperty("id").GetGuid();
        (await ledgerline.DeleteAsync($"/api/v1/webhooks/{first}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ledgerline.PostAsJsonAsync("/api/v1/webhooks", new { address = "https://ats.example/hook/21", events = new[] { "brief.routed" } }, Cancel))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    private Task<Receiver.Delivery> WaitForAsync(string name, int count) => WaitForAsync(app, receiver, name, count);

    /// <summary>Moves the app's clock a minute at a time (the sender runs every minute) until the receiver has <paramref name="count"/> deliveries.</summary>
    internal static async Task<Receiver.Delivery> WaitForAsync(PortalFactory app, Receiver receiver, string name, int count)
    {
        for (var minute = 0; minute < 30 && receiver.Received(name).Count < count; minute++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            for (var wait = 0; wait < 10 && receiver.Received(name).Count < count; wait++)
            {
                await Task.Delay(100, Cancel);
            }
        }

        receiver.Received(name).Count.ShouldBeGreaterThanOrEqualTo(count, $"{count} deliveries to {name}");
        return receiver.Received(name)[count - 1];
    }

    private static bool Signed(Receiver.Delivery delivery, string secret)
    {
        var timestamp = delivery.Headers["Webhook-Timestamp"];
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{delivery.Body}")));
        return delivery.Headers["Webhook-Signature"] == $"t={timestamp},v1={expected}";
    }

    private Task<HttpClient> TokenAsync(string admin) => TokenAsync(app, admin);

    /// <summary>A client of the API with a token of an app of <paramref name="admin"/>'s organisation that may manage its webhooks.</summary>
    internal static async Task<HttpClient> TokenAsync(PortalFactory app, string admin)
    {
        var issued = await app.WithAsync(async sp =>
        {
            var accounts = sp.GetRequiredService<IAccounts>();
            var adminId = (await accounts.AskAsync(new FindAccountQuery(admin), Cancel))!.Value;
            var organisation = DemoAccounts.All.Single(o => o.People.Any(p => p.Email == admin)).Id;
            var secret = RegisterIntegrationCommand.NewSecret();
            var registered = await sp.GetRequiredService<IAccounts>().SendAsync(
                new RegisterIntegrationCommand(Callers.Rpo(organisation, userId: adminId, isAdmin: true), "Webhooks", [ApiScopes.WebhooksManage], [IntegrationGrants.ClientCredentials], [], false, secret), Cancel);
            return new IntegrationSecret(registered, registered.Succeeded ? RegisterIntegrationCommand.ClientIdOf(registered.Id!.Value) : null, secret);
        });
        var response = await app.Anonymous().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = issued.ClientId!, ["client_secret"] = issued.ClientSecret!, ["scope"] = ApiScopes.WebhooksManage,
        }), Cancel);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("access_token").GetString());
        return client;
    }

    [GeneratedRegex("whsec_[A-Za-z0-9_-]+")]
    private static partial Regex SecretRegex();

    /// <summary>
    /// An organisation's system on a real port: it records what it receives at <c>/{name}</c>, and answers what it was told to once,
    /// then 200; or, at a name it was told to hang at, never answers, until the sender gives up.
    /// </summary>
    internal sealed class Receiver : IAsyncDisposable
    {
        private readonly ConcurrentDictionary<string, List<Delivery>> received = new();
        private readonly ConcurrentDictionary<string, HttpStatusCode> answers = new();
        private readonly ConcurrentDictionary<string, int> hanging = new();
        private readonly ConcurrentDictionary<string, int> givenUp = new();
        private WebApplication? host;

        public string BaseUrl { get; private set; } = "";

        public sealed record Delivery(Dictionary<string, string> Headers, string Body);

        public string Address(string name) => $"{BaseUrl}/{name}";

        public void Answer(string name, HttpStatusCode status) => answers[name] = status;

        /// <summary>Deliveries to <paramref name="name"/> are never answered.</summary>
        public void Hang(string name) => hanging[name] = 0;

        /// <summary>How many deliveries to a hanging name the sender gave up waiting for.</summary>
        public int GivenUp(string name) => givenUp.GetValueOrDefault(name);

        public IReadOnlyList<Delivery> Received(string name)
        {
            var list = received.GetOrAdd(name, _ => []);
            lock (list)
            {
                return [.. list];
            }
        }

        public async ValueTask StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            host = builder.Build();
            host.MapPost("/{name}", async (HttpContext context, string name) =>
            {
                using var reader = new StreamReader(context.Request.Body);
                var delivery = new Delivery(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString()), await reader.ReadToEndAsync());
                var list = received.GetOrAdd(name, _ => []);
                lock (list)
                {
                    list.Add(delivery);
                }

                if (hanging.ContainsKey(name))
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                    givenUp.AddOrUpdate(name, 1, (_, n) => n + 1);
                    return Results.Empty;
                }

                return Results.StatusCode((int)(answers.TryRemove(name, out var status) ? status : HttpStatusCode.OK));
            });
            await host.StartAsync();
            BaseUrl = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }

        public async ValueTask DisposeAsync()
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }
        }
    }
}
