using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Notifications.Contracts;
using InterimExchange.Testing;
using InterimExchange.Web.Api;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Web.Tests;

/// <summary>
/// Every route of the API, with a token of every scope, for each kind of organisation, of the organisation the data belongs
/// to and of another: a route answers only the scope and kind it names, and never shows or changes another organisation's data.
/// </summary>
public sealed class ApiMatrixTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private sealed record Token(string Organisation, OrganisationKind Kind, string Scope, HttpClient Client);

    [Fact]
    public async Task Every_route_answers_only_its_scope_and_kind_and_404s_another_organisation_s_data()
    {
        // The brief is Northbridge's and routed to Meridian, who answered interested; Harbour (another RPO) and Ledgerline
        // (a firm it was not routed to) own none of it.
        var briefId = await app.RoutedBriefAsync("Interim Director of Regulatory Affairs", "amelia.hart@northbridge.example", [Marketplace.Meridian]);
        var harbour = await OtherRpoAsync();
        // The webhook subscription is Northbridge's.
        var subscriptionId = await app.WithAsync(async sp => (await sp.GetRequiredService<INotifications>().SendAsync(new SubscribeWebhookCommand(
            Callers.Rpo(Marketplace.Northbridge, name: "Matrix"), "https://ats.example/hook", [WebhookEvents.ProposalReceived], SubscribeWebhookCommand.NewSecret()), Cancel)).Id!.Value);
        (string Name, Guid Id, OrganisationKind Kind, string Admin)[] organisations =
        [
            ("Northbridge", Marketplace.Northbridge, OrganisationKind.RpoProvider, "amelia.hart@northbridge.example"),
            ("Harbour", harbour.Id, OrganisationKind.RpoProvider, harbour.Admin),
            ("Meridian", Marketplace.Meridian, OrganisationKind.SpecialistFirm, "maria.santos@meridianquality.example"),
            ("Ledgerline", DemoAccounts.Firms[2].Id, OrganisationKind.SpecialistFirm, "priya.shah@ledgerline.example"),
        ];
        var tokens = new List<Token>();
        foreach (var organisation in organisations)
        {
            foreach (var scope in ApiScopes.For(organisation.Kind))
            {
                tokens.Add(new(organisation.Name, organisation.Kind, scope, await TokenAsync(organisation.Id, organisation.Admin, scope)));
            }
        }

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var routes = endpoints.Where(e => e.Metadata.GetMetadata<ApiScope>() is not null)
            .Select(e => (Pattern: e.RoutePattern.RawText!, Method: e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods[0], Scope: e.Metadata.GetMetadata<ApiScope>()))
            .ToList();
        routes.Count.ShouldBe(endpoints.Count(e => e.RoutePattern.RawText!.StartsWith("/api/v1", StringComparison.Ordinal)), "every API route names its scope");

        var wrong = new List<string>();
        foreach (var (pattern, method, scope) in routes)
        {
            var webhooks = pattern.StartsWith("/api/v1/webhooks", StringComparison.Ordinal);
            var owner = pattern.StartsWith("/api/v1/routed", StringComparison.Ordinal) ? "Meridian" : "Northbridge";
            var path = pattern.Replace("{id:guid}", (webhooks ? subscriptionId : briefId).ToString(), StringComparison.Ordinal)
                .Replace("{briefId:guid}", briefId.ToString(), StringComparison.Ordinal).Replace("{deliveryId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
            var aboutAnItem = path != pattern;
            foreach (var token in tokens.Select(t => (t.Organisation, t.Kind, t.Scope, t.Client, Owner: t.Organisation == owner)))
            {
                var response = await SendAsync(token.Client, method, path);
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync(Cancel);
                var allowed = token.Scope == scope!.Scope && (scope.Role is null || RoleOf(token.Kind) == scope.Role);
                var expected = !allowed ? "403"
                    : aboutAnItem && !token.Owner ? "as for an item that does not exist (404, or 400 for input refused before anything is looked up)"
                    : method == "GET" ? "200"
                    : "an answer to the input (no 401, 403 or 5xx)";
                var ok = expected switch
                {
                    "403" => status == 403,
                    "200" => status == 200 && (token.Owner || !body.Contains(briefId.ToString(), StringComparison.OrdinalIgnoreCase))
                        && (token.Owner || !body.Contains(subscriptionId.ToString(), StringComparison.OrdinalIgnoreCase)),
                    _ when aboutAnItem && !token.Owner =>
                        (status == 404 || (status == 400 && method != "GET"))
                        && status == await StatusForAnUnknownItemAsync(token.Client, method, pattern)
                        && !body.Contains("Regulatory", StringComparison.OrdinalIgnoreCase) && !body.Contains("ats.example", StringComparison.OrdinalIgnoreCase),
                    _ => status is not (401 or 403) && status < 500,
                };
                if (!ok)
                {
                    wrong.Add($"{method} {pattern} with {token.Organisation}'s {token.Scope}: expected {expected}, got {status}");
                }
            }
        }

        wrong.ShouldBeEmpty(string.Join(Environment.NewLine, wrong));
    }

    private static async Task<int> StatusForAnUnknownItemAsync(HttpClient client, string method, string pattern) =>
        (int)(await SendAsync(client, method, pattern.Replace("{id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{briefId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal).Replace("{deliveryId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal))).StatusCode;

    private static string RoleOf(OrganisationKind kind) => kind == OrganisationKind.SpecialistFirm ? Roles.FirmMember : Roles.RpoCoordinator;

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = JsonContent.Create(new { });
            request.Headers.Add(ApiAnswers.IdempotencyKey, Guid.NewGuid().ToString());
        }

        return client.SendAsync(request, Cancel);
    }

    private async Task<HttpClient> TokenAsync(Guid organisationId, string admin, string scope)
    {
        var issued = await app.WithAsync(async sp =>
        {
            var adminId = (await sp.GetRequiredService<IAccounts>().AskAsync(new FindAccountQuery(admin), Cancel))!.Value;
            var secret = RegisterIntegrationCommand.NewSecret();
            var registered = await sp.GetRequiredService<IAccounts>().SendAsync(
                new RegisterIntegrationCommand(Callers.Rpo(organisationId, userId: adminId, isAdmin: true), $"Matrix {scope}", [scope], [IntegrationGrants.ClientCredentials], [], false, secret), Cancel);
            return new IntegrationSecret(registered, registered.Succeeded ? RegisterIntegrationCommand.ClientIdOf(registered.Id!.Value) : null, secret);
        });
        issued.Result.Succeeded.ShouldBeTrue();
        var response = await app.Anonymous().PostAsync(OpenIdServer.TokenPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = issued.ClientId!, ["client_secret"] = issued.ClientSecret!, ["scope"] = scope,
        }), Cancel);
        var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("access_token").GetString();
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private Task<(Guid Id, string Admin)> OtherRpoAsync() => app.WithAsync(async sp =>
    {
        var email = $"lead-{Guid.NewGuid():N}@harbourtalent.example";
        var founded = await sp.GetRequiredService<IAccounts>().SendAsync(new FoundOrganisationCommand($"Harbour Talent {Guid.NewGuid():N}", OrganisationKind.RpoProvider, email, "Lead"), Cancel);
        return (founded.Id!.Value, email);
    });
}
