using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Notifications.Contracts;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Testing;
using InterimExchange.Web.Api;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Web.Tests;

/// <summary>Integrations over HTTP: an admin registers one in the portal, it gets a token with its secret, and the API answers it as the portals would.</summary>
public sealed partial class ApiTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private const string Amelia = "amelia.hart@northbridge.example";
    private const string Tom = "tom.okafor@northbridge.example";
    private const string Maria = "maria.santos@meridianquality.example";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_admin_registers_an_integration_whose_token_reads_the_organisation_s_briefs()
    {
        var (clientId, secret) = await RegisterAsync(Amelia, "Our ATS", ApiScopes.BriefsRead);
        var ats = await ClientAsync(clientId, secret, ApiScopes.BriefsRead);

        var all = await ats.GetStringAsync("/api/v1/briefs", Cancel);
        all.ShouldContain("Interim Head of Quality");
        all.ShouldContain("\"nextCursor\":null");

        var statuses = JsonDocument.Parse(all).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()).ToList();
        statuses.Distinct().Count().ShouldBeGreaterThan(1);
        var confirmed = JsonDocument.Parse(await ats.GetStringAsync("/api/v1/briefs?status=draft", Cancel)).RootElement.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("status").GetString()).ToList();
        confirmed.ShouldNotBeEmpty();
        confirmed.ShouldAllBe(status => status == "Draft");

        var brief = await ats.GetStringAsync($"/api/v1/briefs/{DemoBriefs.QualityDirector}", Cancel);
        brief.ShouldContain("Interim Quality Director, Biologics");

        var page = await (await app.SignedInAsync(Amelia)).GetStringAsync("/organisation/integrations", Cancel);
        page.ShouldContain("Our ATS");
        page.ShouldContain(clientId);
        page.ShouldNotContain(secret);
    }

    [Fact]
    public async Task Bad_input_to_the_API_is_a_problem_with_the_field_s_error_and_an_unknown_brief_is_404()
    {
        var (clientId, secret) = await RegisterAsync(Amelia, "Reports", ApiScopes.BriefsRead);
        var ats = await ClientAsync(clientId, secret, ApiScopes.BriefsRead);

        var response = await ats.GetAsync("/api/v1/briefs?status=Nonsense&cursor=abc", Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("errors");
        problem.GetProperty("status")[0].GetString()!.ShouldContain("Use one of");
        problem.GetProperty("cursor")[0].GetString()!.ShouldContain("nextCursor");

        var unknown = await ats.GetAsync($"/api/v1/briefs/{Guid.NewGuid()}", Cancel);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_token_without_the_scope_of_another_kind_or_of_another_organisation_reads_nothing_of_Northbridge()
    {
        (await app.Anonymous().GetAsync("/api/v1/briefs", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var (northbridgeId, northbridgeSecret) = await RegisterAsync(Amelia, "Outcomes only", ApiScopes.OutcomesRead);
        var withoutScope = await ClientAsync(northbridgeId, northbridgeSecret, ApiScopes.OutcomesRead);
        var refused = await withoutScope.GetAsync("/api/v1/briefs", Cancel);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        var (firmId, firmSecret) = await RegisterAsync(Maria, "Meridian CRM", ApiScopes.RoutedRead);
        var firm = await ClientAsync(firmId, firmSecret, ApiScopes.RoutedRead);
        (await firm.GetAsync("/api/v1/briefs", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var other = await OtherRpoClientAsync();
        var list = await other.GetStringAsync("/api/v1/briefs", Cancel);
        list.ShouldNotContain("Interim Head of Quality");
        (await other.GetAsync($"/api/v1/briefs/{DemoBriefs.QualityDirector}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_client_asking_for_a_scope_it_was_not_given_gets_no_token_and_a_wrong_secret_none_at_all()
    {
        var (clientId, secret) = await RegisterAsync(Amelia, "Narrow", ApiScopes.OutcomesRead);

        (await TokenResponseAsync(clientId, secret, ApiScopes.BriefsRead)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TokenResponseAsync(clientId, secret + "x", ApiScopes.OutcomesRead)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_new_secret_stops_the_old_one_and_disabling_stops_the_tokens_already_issued()
    {
        var (clientId, secret) = await RegisterAsync(Amelia, "To rotate", ApiScopes.BriefsRead);
        var ats = await ClientAsync(clientId, secret, ApiScopes.BriefsRead);
        var amelia = await app.SignedInAsync(Amelia);
        var id = await IntegrationIdAsync(clientId);

        // Both ask first, on the page: asking changes nothing.
        var list = await amelia.GetStringAsync("/organisation/integrations", Cancel);
        list.ShouldContain($"href=\"/organisation/integrations?handler=Rotate&amp;integrationId={id}\"");
        list.ShouldContain($"href=\"/organisation/integrations?handler=Disable&amp;integrationId={id}\"");
        WebUtility.HtmlDecode(await amelia.GetStringAsync($"/organisation/integrations?handler=Rotate&integrationId={id}", Cancel)).ShouldContain("Give \"To rotate\" a new secret?");
        WebUtility.HtmlDecode(await amelia.GetStringAsync($"/organisation/integrations?handler=Disable&integrationId={id}", Cancel)).ShouldContain("Disable \"To rotate\"?");
        (await amelia.GetAsync($"/organisation/integrations?handler=Disable&integrationId={Guid.NewGuid()}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await ClientAsync(clientId, secret, ApiScopes.BriefsRead);

        var rotated = await amelia.PostFormAsync("/organisation/integrations", [], $"/organisation/integrations?handler=Rotate&integrationId={id}");
        var html = await rotated.Content.ReadAsStringAsync(Cancel);
        html.ShouldContain("the old one no longer works");
        var newSecret = Issued(html).Secret;
        (await TokenResponseAsync(clientId, secret, ApiScopes.BriefsRead)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await ClientAsync(clientId, newSecret, ApiScopes.BriefsRead);

        (await amelia.PostFormAsync("/organisation/integrations", [], $"/organisation/integrations?handler=Disable&integrationId={id}"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ats.GetAsync("/api/v1/briefs", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await TokenResponseAsync(clientId, newSecret, ApiScopes.BriefsRead)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await amelia.GetStringAsync("/organisation/integrations", Cancel)).ShouldContain("Disabled");
    }

    [Fact]
    public async Task Only_the_admin_registers_and_a_form_without_a_name_or_a_permission_says_so_next_to_each_field()
    {
        var tom = await app.SignedInAsync(Tom);
        (await tom.GetStringAsync("/organisation/integrations", Cancel)).ShouldContain("Your organisation's admin registers integrations.");
        (await tom.PostFormAsync("/organisation/integrations", new() { ["Name"] = "Mine", ["Scopes"] = ApiScopes.BriefsRead }, "/organisation/integrations?handler=Register"))
            .ShouldBeRefused();

        var amelia = await app.SignedInAsync(Amelia);
        var response = await amelia.PostFormAsync("/organisation/integrations", new() { ["Name"] = " " }, "/organisation/integrations?handler=Register");
        var html = await response.Content.ReadAsStringAsync(Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldShowErrorNextTo("Name", "Name the integration, for example the system it connects (\"Our ATS\").");
        html.ShouldShowErrorNextTo("Scopes", "Choose at least one thing the integration may do.");
        html.ShouldShowErrorNextTo("GrantTypes", "Choose how it acts: as your organisation, for your people, or both.");

        var firmScope = await amelia.PostFormAsync("/organisation/integrations", new() { ["Name"] = "Wrong kind", ["Scopes"] = ApiScopes.RoutedRead, ["GrantTypes"] = IntegrationGrants.ClientCredentials },
            "/organisation/integrations?handler=Register");
        (await firmScope.Content.ReadAsStringAsync(Cancel)).ShouldContain("may ask for briefs.read");
    }

    [Fact]
    public async Task An_RPO_s_integration_creates_and_edits_a_draft_only_against_the_version_it_read()
    {
        var scopes = $"{ApiScopes.BriefsRead} {ApiScopes.BriefsWrite}";
        var (clientId, secret) = await RegisterAsync(Amelia, "Draft writer", scopes, [ApiScopes.BriefsRead, ApiScopes.BriefsWrite]);
        var ats = await ClientAsync(clientId, secret, scopes);
        var company = await app.WithAsync(async sp => (await sp.GetRequiredService<IBriefs>().AskAsync(new ClientCompaniesQuery(Marketplace.Northbridge), Cancel))[0]);
        var client = company.Id;
        var draft = new
        {
            roleTitle = "Interim Plant Director", clientCompanyId = client, sector = "pharma", function = "operations", seniority = "executive",
            location = "Basel", region = "dach", remotePolicy = "OnSite", expectedStart = "2027-02-01", durationMonths = 6, confidential = false,
        };

        var missing = await ats.PostAsJsonAsync("/api/v1/briefs", draft with { roleTitle = "" }, Cancel);
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await missing.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("errors").TryGetProperty("roleTitle", out _).ShouldBeTrue();

        var created = await ats.PostAsJsonAsync("/api/v1/briefs", draft, Cancel);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var location = created.Headers.Location!.ToString();
        var read = await ats.GetAsync(location, Cancel);
        (await read.Content.ReadAsStringAsync(Cancel)).ShouldContain("Interim Plant Director");
        var etag = read.Headers.ETag!.Tag;

        (await ats.PutAsJsonAsync(location, draft with { roleTitle = "Interim Site Director" }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
        (await PutAsync(ats, location, draft with { roleTitle = "Interim Site Director" }, "\"stale\"")).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await PutAsync(ats, location, draft with { roleTitle = "Interim Site Director" }, etag)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ats.GetStringAsync(location, Cancel)).ShouldContain("Interim Site Director");
        (await PutAsync(ats, location, draft with { roleTitle = "Interim Plant Manager" }, etag)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);

        // The client's executive is invited as from the portal: the email names the RPO, whose admin registered the integration.
        var contact = company.Contacts[0];
        var unknownContact = await ats.PostAsJsonAsync($"{location}/invitation", new { contactId = Guid.NewGuid() }, Cancel);
        unknownContact.StatusCode.ShouldNotBe(HttpStatusCode.NoContent);
        ((int)unknownContact.StatusCode).ShouldBeLessThan(500);
        (await ats.PostAsJsonAsync($"{location}/invitation", new { contactId = contact.Id }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var email = await app.EmailToAsync(contact.Email, "Please brief us on the Interim Site Director");
        email.ShouldContain("Northbridge Talent Partners is finding");
        (await ats.GetStringAsync(location, Cancel)).ShouldContain("\"status\":\"AwaitingBriefing\"");
        (await ats.PostAsJsonAsync($"/api/v1/briefs/{DemoBriefs.QualityDirector}/invitation", new { contactId = contact.Id }, Cancel))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a brief past its briefing takes no invitation");

        var (readerId, readerSecret) = await RegisterAsync(Amelia, "Reader", ApiScopes.BriefsRead);
        var reader = await ClientAsync(readerId, readerSecret, ApiScopes.BriefsRead);
        (await reader.PostAsJsonAsync("/api/v1/briefs", draft, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_RPO_s_integration_reads_a_brief_s_routed_firms_and_outcomes_and_a_firm_s_its_own_decisions()
    {
        var briefId = DemoBriefs.QualityDirector;
        var scopes = $"{ApiScopes.BriefsRead} {ApiScopes.OutcomesRead}";
        var (clientId, secret) = await RegisterAsync(Amelia, "Outcomes", scopes, [ApiScopes.BriefsRead, ApiScopes.OutcomesRead]);
        var ats = await ClientAsync(clientId, secret, scopes);

        (await ats.GetStringAsync($"/api/v1/briefs/{briefId}/routed", Cancel)).ShouldContain("Meridian Quality Interim");
        (await ats.GetStringAsync($"/api/v1/briefs/{briefId}/outcomes", Cancel)).ShouldContain("decisionBy");
        (await ats.GetAsync($"/api/v1/briefs/{Guid.NewGuid()}/routed", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var (firmId, firmSecret) = await RegisterAsync(Maria, "Meridian outcomes", ApiScopes.OutcomesRead);
        var crm = await ClientAsync(firmId, firmSecret, ApiScopes.OutcomesRead);
        (await crm.GetStringAsync($"/api/v1/routed/{briefId}/outcomes", Cancel)).ShouldContain("decisionBy");
        (await crm.GetAsync($"/api/v1/briefs/{briefId}/outcomes", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ats.GetAsync($"/api/v1/routed/{briefId}/outcomes", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_firm_s_integration_reads_what_was_routed_to_it_and_answers_as_the_portal_does()
    {
        var briefId = await RegulatoryAsync();
        var (clientId, secret) = await RegisterAsync(Maria, "Meridian CRM", $"{ApiScopes.RoutedRead} {ApiScopes.RoutedRespond}", [ApiScopes.RoutedRead, ApiScopes.RoutedRespond]);
        var crm = await ClientAsync(clientId, secret, $"{ApiScopes.RoutedRead} {ApiScopes.RoutedRespond}");

        (await crm.GetStringAsync("/api/v1/routed", Cancel)).ShouldContain(briefId.ToString());
        var routed = await crm.GetStringAsync($"/api/v1/routed/{briefId}", Cancel);
        routed.ShouldContain("successCriteria");
        routed.ShouldNotContain("dayRate", Case.Insensitive);
        (await crm.GetAsync($"/api/v1/routed/{Guid.NewGuid()}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var noReason = await crm.PostAsJsonAsync($"/api/v1/routed/{briefId}/answer", new { interested = false }, Cancel);
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noReason.Content.ReadAsStringAsync(Cancel)).ShouldContain("Choose the reason you decline");

        var decline = new { interested = false, reason = "NoCapacity", note = "Fully booked until March." };
        var key = Guid.NewGuid().ToString();
        var declined = await PostAsync(crm, $"/api/v1/routed/{briefId}/answer", decline, key);
        declined.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        declined.Headers.Contains(ApiAnswers.Replayed).ShouldBeFalse();
        var repeated = await PostAsync(crm, $"/api/v1/routed/{briefId}/answer", decline, key);
        repeated.StatusCode.ShouldBe(HttpStatusCode.NoContent, "a repeated key returns the first answer, not 'already answered'");
        repeated.Headers.GetValues(ApiAnswers.Replayed).Single().ShouldBe("true");
        (await PostAsync(crm, $"/api/v1/routed/{Guid.NewGuid()}/answer", decline, key)).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await PostAsync(crm, $"/api/v1/routed/{briefId}/answer", decline, new string('k', 101))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var read = await crm.GetAsync($"/api/v1/routed/{briefId}", Cancel);
        (await read.Content.ReadAsStringAsync(Cancel)).ShouldContain("Fully booked until March.");
        var etag = read.Headers.ETag.ShouldNotBeNull();
        using (var again = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/routed/{briefId}"))
        {
            again.Headers.IfNoneMatch.Add(etag);
            (await crm.SendAsync(again, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
        }

        (await crm.PostAsJsonAsync($"/api/v1/routed/{briefId}/answer", new { interested = true }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var (readOnlyId, readOnlySecret) = await RegisterAsync(Maria, "Meridian reports", ApiScopes.RoutedRead);
        var readOnly = await ClientAsync(readOnlyId, readOnlySecret, ApiScopes.RoutedRead);
        (await readOnly.PostAsJsonAsync($"/api/v1/routed/{briefId}/answer", new { interested = true }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var (ameliaId, ameliaSecret) = await RegisterAsync(Amelia, "Not a firm", ApiScopes.BriefsRead);
        (await (await ClientAsync(ameliaId, ameliaSecret, ApiScopes.BriefsRead)).GetAsync("/api/v1/routed", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_firm_s_integration_drafts_and_submits_a_proposal_through_the_proposals_own_rules()
    {
        var briefId = await RegulatoryAsync();
        var scopes = $"{ApiScopes.RoutedRespond} {ApiScopes.ProposalsWrite}";
        var (clientId, secret) = await RegisterAsync("daniel.weber@regpath.example", "RegPath proposals", scopes, [ApiScopes.RoutedRespond, ApiScopes.ProposalsWrite]);
        var crm = await ClientAsync(clientId, secret, scopes);

        (await crm.GetAsync($"/api/v1/routed/{briefId}/proposal", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "no proposal before answering interested");
        (await crm.PostAsJsonAsync($"/api/v1/routed/{briefId}/answer", new { interested = true }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var blank = await crm.GetAsync($"/api/v1/routed/{briefId}/proposal", Cancel);
        blank.StatusCode.ShouldBe(HttpStatusCode.OK);
        var proposal = Marketplace.Proposal("Candidate R", 1650);
        (await PutAsync(crm, $"/api/v1/routed/{briefId}/proposal", proposal, blank.Headers.ETag!.Tag)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await PutAsync(crm, $"/api/v1/routed/{briefId}/proposal", proposal, blank.Headers.ETag!.Tag)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await crm.GetStringAsync($"/api/v1/routed/{briefId}/proposal", Cancel)).ShouldContain("Candidate R");

        var incomplete = await crm.PostAsJsonAsync($"/api/v1/routed/{briefId}/proposal/submit", new ProposalInput(), Cancel);
        incomplete.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await incomplete.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("errors").EnumerateObject().ShouldNotBeEmpty();

        (await crm.PostAsJsonAsync($"/api/v1/routed/{briefId}/proposal/submit", proposal, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await crm.GetStringAsync($"/api/v1/routed/{briefId}/proposal", Cancel)).ShouldContain("\"status\":\"Submitted\"");

        var withoutReason = await crm.PostAsJsonAsync($"/api/v1/routed/{briefId}/proposal/withdraw", new { reason = "" }, Cancel);
        withoutReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await crm.PostAsJsonAsync($"/api/v1/routed/{briefId}/proposal/withdraw", new { reason = "Our candidate accepted another role." }, Cancel))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await crm.GetStringAsync($"/api/v1/routed/{briefId}/proposal", Cancel)).ShouldContain("\"status\":\"Withdrawn\"");
    }

    [Fact]
    public async Task A_brief_routed_to_one_firm_is_404_to_another_firm_s_integration()
    {
        var briefId = await app.RoutedBriefAsync("Interim Head of Quality", Amelia, [Marketplace.Meridian], answer: false);
        var (clientId, secret) = await RegisterAsync("daniel.weber@regpath.example", "RegPath CRM", $"{ApiScopes.RoutedRead} {ApiScopes.RoutedRespond}",
            [ApiScopes.RoutedRead, ApiScopes.RoutedRespond]);
        var regPath = await ClientAsync(clientId, secret, $"{ApiScopes.RoutedRead} {ApiScopes.RoutedRespond}");

        (await regPath.GetStringAsync("/api/v1/routed", Cancel)).ShouldNotContain(briefId.ToString());
        (await regPath.GetAsync($"/api/v1/routed/{briefId}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await regPath.PostAsJsonAsync($"/api/v1/routed/{briefId}/answer", new { interested = true }, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_discovery_and_a_valid_OpenAPI_document_describe_the_token_endpoint_and_every_API_route_with_its_scope()
    {
        var anonymous = app.Anonymous();
        var discovery = JsonDocument.Parse(await anonymous.GetStringAsync("/.well-known/openid-configuration", Cancel)).RootElement;
        discovery.GetProperty("token_endpoint").GetString().ShouldEndWith(OpenIdServer.TokenPath);
        (await anonymous.GetAsync(discovery.GetProperty("jwks_uri").GetString(), Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var json = await anonymous.GetStringAsync("/openapi/v1.json", Cancel);
        var read = Microsoft.OpenApi.OpenApiDocument.Parse(json, "json");
        read.Diagnostic!.Errors.ShouldBeEmpty(string.Join("; ", read.Diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        var invalid = Microsoft.OpenApi.OpenApiElementExtensions.Validate(read.Document!, Microsoft.OpenApi.ValidationRuleSet.GetDefaultRuleSet()).ToList();
        invalid.ShouldBeEmpty(string.Join("; ", invalid.Select(e => $"{e.Pointer}: {e.Message}")));
        var openApi = JsonDocument.Parse(json).RootElement;
        openApi.GetProperty("openapi").GetString().ShouldStartWith("3.1");
        var flows = openApi.GetProperty("components").GetProperty("securitySchemes").GetProperty(ApiDocs.SecurityScheme).GetProperty("flows");
        flows.GetProperty("clientCredentials").GetProperty("tokenUrl").GetString().ShouldBe(OpenIdServer.TokenPath);
        flows.GetProperty("authorizationCode").GetProperty("authorizationUrl").GetString().ShouldBe(OpenIdServer.AuthorizePath);
        discovery.GetProperty("authorization_endpoint").GetString().ShouldEndWith(OpenIdServer.AuthorizePath);
        discovery.GetProperty("end_session_endpoint").GetString().ShouldEndWith(OpenIdServer.EndSessionPath);
        discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()).ShouldContain("S256");
        discovery.GetProperty("grant_types_supported").EnumerateArray().Select(m => m.GetString())
            .ShouldBe(["authorization_code", "client_credentials", "refresh_token"], ignoreOrder: true);

        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .ToList();
        routes.ShouldNotBeEmpty();
        foreach (var route in routes)
        {
            var path = Regex.Replace(route.RoutePattern.RawText!.TrimEnd('/'), ":[a-z]+}", "}");
            var method = route.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single().ToLowerInvariant();
            openApi.GetProperty("paths").TryGetProperty(path, out var item).ShouldBeTrue($"{path} is missing from the OpenAPI document");
            var scope = route.Metadata.GetMetadata<ApiScope>().ShouldNotBeNull($"{path} names no scope").Scope;
            item.GetProperty(method).GetProperty("security")[0].GetProperty(ApiDocs.SecurityScheme)[0].GetString().ShouldBe(scope);
        }

        var docs = await anonymous.GetAsync("/api/docs/", Cancel);
        docs.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await docs.Content.ReadAsStringAsync(Cancel)).ShouldContain("\"url\":\"openapi/v1.json\"", customMessage: "the reference reads the document from the app's root");
    }

    [Fact]
    public async Task An_unknown_or_malformed_API_address_is_a_404_problem_for_a_token_and_for_no_token_never_the_sign_in_page()
    {
        var (clientId, secret) = await RegisterAsync(Amelia, "Explorer", ApiScopes.BriefsRead);
        var ats = await ClientAsync(clientId, secret, ApiScopes.BriefsRead);
        foreach (var caller in new[] { ats, app.Anonymous() })
        {
            foreach (var path in new[] { "/api/v1/briefs/not-a-guid", "/api/v1/nothing-here", "/api/v1/briefs/" + Guid.NewGuid() + "/nothing", "/api/v1" })
            {
                var response = await caller.GetAsync(path, Cancel);
                response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
                response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", path);
                response.Headers.Location.ShouldBeNull(path);
            }

            var wrongMethod = await caller.DeleteAsync("/api/v1/briefs", Cancel);
            wrongMethod.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
            wrongMethod.Headers.Location.ShouldBeNull();
        }
    }

    [Fact]
    public async Task Every_operation_of_the_OpenAPI_document_describes_its_success_answer_and_subscribing_a_webhook_its_201_with_the_secret()
    {
        var openApi = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json", Cancel)).RootElement;
        var silent = new List<string>();
        foreach (var path in openApi.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "put" or "post" or "delete" or "patch"))
            {
                if (!operation.Value.GetProperty("responses").EnumerateObject().Any(r => r.Name.StartsWith('2')))
                {
                    silent.Add($"{operation.Name.ToUpperInvariant()} {path.Name}");
                }
            }
        }

        silent.ShouldBeEmpty("operations without a success answer: " + string.Join(", ", silent));
        var subscribed = openApi.GetProperty("paths").GetProperty("/api/v1/webhooks").GetProperty("post").GetProperty("responses").GetProperty("201");
        var schema = subscribed.GetProperty("content").GetProperty("application/json").GetProperty("schema");
        if (schema.TryGetProperty("$ref", out var reference))
        {
            schema = openApi.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        }

        schema.GetProperty("properties").TryGetProperty("secret", out _).ShouldBeTrue(schema.ToString());
    }

    [Fact]
    public async Task A_webhook_s_secret_is_kept_only_encrypted_for_a_replay_and_one_key_sent_several_times_at_once_subscribes_once()
    {
        var (clientId, secret) = await RegisterAsync(Amelia, "Hooked ATS", ApiScopes.WebhooksManage);
        var ats = await ClientAsync(clientId, secret, ApiScopes.WebhooksManage);
        var key = Guid.NewGuid().ToString();
        var subscription = new { address = $"https://ats.example/hooks/{key}", events = new[] { WebhookEvents.ProposalReceived } };

        var subscribed = await PostAsync(ats, "/api/v1/webhooks", subscription, key);
        subscribed.StatusCode.ShouldBe(HttpStatusCode.Created);
        var first = await subscribed.Content.ReadAsStringAsync(Cancel);
        var signing = JsonDocument.Parse(first).RootElement.GetProperty("secret").GetString()!;
        var kept = await app.WithAsync(sp => sp.GetRequiredService<Accounts.Data.AccountsDbContext>().IdempotentAnswers.AsNoTracking()
            .Where(a => a.Key == key).Select(a => a.Body).SingleAsync(Cancel));
        System.Text.Encoding.UTF8.GetString(kept).ShouldNotContain(signing);
        System.Text.Encoding.UTF8.GetString(kept).ShouldNotContain("secret");

        var replayed = await PostAsync(ats, "/api/v1/webhooks", subscription, key);
        replayed.StatusCode.ShouldBe(HttpStatusCode.Created);
        replayed.Headers.GetValues(ApiAnswers.Replayed).ShouldBe(["true"]);
        (await replayed.Content.ReadAsStringAsync(Cancel)).ShouldBe(first);

        var together = Guid.NewGuid().ToString();
        var once = new { address = $"https://ats.example/hooks/{together}", events = new[] { WebhookEvents.ProposalReceived } };
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostAsync(ats, "/api/v1/webhooks", once, together)));
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created || a.StatusCode == HttpStatusCode.Conflict);
        answers.Count(a => a.StatusCode == HttpStatusCode.Created && !a.Headers.Contains(ApiAnswers.Replayed)).ShouldBe(1);
        var hooks = await app.WithAsync(sp => sp.GetRequiredService<INotifications>().AskAsync(new ListWebhooksQuery(Callers.Rpo(Marketplace.Northbridge)), Cancel));
        hooks.Count(h => h.Address == once.address).ShouldBe(1);
    }

    [Fact]
    public async Task An_integration_over_its_limit_is_told_to_wait_while_another_is_not()
    {
        await using var limited = new LimitedFactory();
        var tests = new ApiTests(limited);
        var (firstId, firstSecret) = await tests.RegisterAsync(Amelia, "Busy", ApiScopes.BriefsRead);
        var (secondId, secondSecret) = await tests.RegisterAsync(Amelia, "Quiet", ApiScopes.BriefsRead);
        var busy = await tests.ClientAsync(firstId, firstSecret, ApiScopes.BriefsRead);
        var quiet = await tests.ClientAsync(secondId, secondSecret, ApiScopes.BriefsRead);

        (await busy.GetAsync("/api/v1/briefs", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await busy.GetAsync("/api/v1/briefs", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await busy.GetAsync("/api/v1/briefs", Cancel);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await quiet.GetAsync("/api/v1/briefs", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private sealed class LimitedFactory : PortalFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:PerClient:PermitLimit", "2");
            builder.UseSetting("RateLimits:PerClient:Window", "01:00:00");
        }
    }

    private async Task<(string ClientId, string Secret)> RegisterAsync(string admin, string name, string scope, IReadOnlyList<string>? scopes = null)
    {
        var client = await app.SignedInAsync(admin);
        var fields = (scopes ?? [scope]).Select(s => new KeyValuePair<string, string>("Scopes", s))
            .Append(new("Name", name)).Append(new("GrantTypes", IntegrationGrants.ClientCredentials));
        var response = await client.PostFormAsync("/organisation/integrations", fields, "/organisation/integrations?handler=Register");
        var html = await response.Content.ReadAsStringAsync(Cancel);
        html.ShouldContain("Copy the secret now");
        html.ShouldNotContain($"value=\"{WebUtility.HtmlEncode(name)}\"", Case.Sensitive, "the form starts empty again after registering");
        return Issued(html);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<PortalFactory, Lazy<Task<Guid>>> Regulatory = new();

    /// <summary>The demo Regulatory Affairs brief, routed once per app to Meridian and RegPath, neither of which has answered.</summary>
    private Task<Guid> RegulatoryAsync() => Regulatory.GetOrAdd(app, _ => new(() =>
        app.RoutedBriefAsync("Interim Director of Regulatory Affairs", Amelia, [Marketplace.Meridian, Marketplace.RegPath], answer: false))).Value;

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string path, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request, Cancel);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add(ApiAnswers.IdempotencyKey, idempotencyKey);
        return client.SendAsync(request, Cancel);
    }

    private static (string ClientId, string Secret) Issued(string html)
    {
        var codes = CodeRegex().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        return (codes[0], codes[1]);
    }

    private Task<HttpResponseMessage> TokenResponseAsync(string clientId, string secret, string scope) =>
        app.Anonymous().PostAsync(OpenIdServer.TokenPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = scope,
        }), Cancel);

    private async Task<HttpClient> ClientAsync(string clientId, string secret, string scope)
    {
        var response = await TokenResponseAsync(clientId, secret, scope);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString());
        return client;
    }

    private Task<Guid> IntegrationIdAsync(string clientId) => app.WithAsync(async sp =>
        (await sp.GetRequiredService<IAccounts>().AskAsync(new ListIntegrationsQuery(Callers.Rpo(Marketplace.Northbridge)), Cancel)).Single(i => i.ClientId == clientId).Id);

    /// <summary>A second RPO, founded as a deployment founds one, with an integration of its own.</summary>
    private async Task<HttpClient> OtherRpoClientAsync()
    {
        var (organisationId, secret, clientId) = await app.WithAsync(async sp =>
        {
            var accounts = sp.GetRequiredService<IAccounts>();
            var email = $"lead-{Guid.NewGuid():N}@harbourtalent.example";
            var founded = await accounts.SendAsync(new FoundOrganisationCommand($"Harbour Talent {Guid.NewGuid():N}", OrganisationKind.RpoProvider, email, "Lead"), Cancel);
            var admin = (await accounts.AskAsync(new FindAccountQuery(email), Cancel))!.Value;
            var secret = RegisterIntegrationCommand.NewSecret();
            var registered = await accounts.SendAsync(new RegisterIntegrationCommand(Callers.Rpo(founded.Id!.Value, userId: admin, isAdmin: true), "Harbour ATS",
                [ApiScopes.BriefsRead], [IntegrationGrants.ClientCredentials], [], false, secret), Cancel);
            return (founded.Id!.Value, secret, RegisterIntegrationCommand.ClientIdOf(registered.Id!.Value));
        });
        organisationId.ShouldNotBe(Marketplace.Northbridge);
        return await ClientAsync(clientId, secret, ApiScopes.BriefsRead);
    }

    [GeneratedRegex("<code>([^<]+)</code>")]
    private static partial Regex CodeRegex();
}
