using System.Net;
using System.Text.RegularExpressions;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Testing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Web.Tests;

/// <summary>
/// Every endpoint of the app, taken from its own endpoint data source, called with no session, with each role, and with a user
/// of the same role from another organisation, against the demo data of the first. <c>AuthorizationMatrix.md</c> is the table of
/// what each must get; an endpoint missing from it fails, and so does any other organisation's user reaching a page or a change.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly string[] Columns = ["anonymous", "rpo", "firm", "client", "vetting", "other rpo", "other firm", "other client"];

    /// <summary>The columns whose user belongs to another organisation than the demo data's: never a page, never a change.</summary>
    private static readonly string[] Strangers = ["other rpo", "other firm", "other client"];

    [Fact]
    public async Task Every_endpoint_answers_each_session_as_the_matrix_says_and_never_shows_another_tenant_s_data()
    {
        await using var app = new PortalFactory();
        var sessions = await SessionsAsync(app);
        var samples = await SamplesAsync(sessions);
        var matrix = await ReadMatrixAsync();

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Distinct().Order().ToList();
        var actual = new List<string>();
        var wrong = new List<string>();
        foreach (var route in endpoints)
        {
            var path = Sample(route, samples);
            var row = new List<string>();
            foreach (var column in Columns)
            {
                using var response = await sessions[column].GetAsync(path, Cancel);
                var outcome = Outcome(response);
                row.Add(outcome);
                if (Strangers.Contains(column) && outcome == "page" && RouteParameter().Matches(route).Any(p => p.Groups[1].Value != "documentName"))
                {
                    wrong.Add($"{column} reached {path}");
                }
            }

            actual.Add($"| {route} | {string.Join(" | ", row)} |");
            if (!matrix.TryGetValue(route, out var expected))
            {
                wrong.Add($"{route} is not in the matrix: add it to AuthorizationMatrix.md");
            }
            else if (!expected.SequenceEqual(row))
            {
                wrong.Add($"{route}: expected {string.Join(", ", expected)}, got {string.Join(", ", row)}");
            }
        }

        wrong.AddRange(matrix.Keys.Except(endpoints).Select(route => $"{route} is in the matrix but no longer an endpoint"));

        wrong.ShouldBeEmpty($"{string.Join("\n", wrong)}\n\nThe table as the app answers now:\n{string.Join("\n", actual)}");
    }

    [Fact]
    public async Task No_change_on_another_organisation_s_brief_or_firm_is_accepted_by_any_handler()
    {
        await using var app = new PortalFactory();
        var sessions = await SessionsAsync(app);
        var samples = await SamplesAsync(sessions);
        var loader = app.Services.GetRequiredService<PageLoader>();
        var wrong = new List<string>();
        var posts = 0;
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor || !route.Contains('{', StringComparison.Ordinal))
            {
                continue;
            }

            var page = await loader.LoadAsync(descriptor, endpoint.Metadata);
            var handlers = page.HandlerMethods.Where(h => h.HttpMethod == "Post").Select(h => h.Name).Distinct().ToList();
            foreach (var stranger in Strangers)
            {
                var client = sessions[stranger];
                var token = Forms.AntiforgeryToken(await client.GetStringAsync(Home(stranger), Cancel));
                foreach (var handler in handlers)
                {
                    var path = Sample(route, samples) + (handler is null ? "" : $"?handler={handler}");
                    using var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["__RequestVerificationToken"] = token,
                        ["Reason"] = "Not mine to change",
                        ["CloseReason"] = "Not mine to change",
                        ["Question"] = "Not mine to ask",
                        ["Kind"] = "Withdrawn",
                    }), Cancel);
                    posts++;
                    var outcome = Outcome(response);
                    if (outcome is not ("not found" or "refused" or "sign-in" or "bad request" or "gone"))
                    {
                        wrong.Add($"{stranger} POST {path}: {outcome}");
                    }
                }
            }
        }

        posts.ShouldBeGreaterThan(30);
        wrong.ShouldBeEmpty(string.Join("\n", wrong));
    }

    /// <summary>
    /// The handlers that take an id in the query string (an integration's new secret and disable, a webhook's disable and a delivery's
    /// replay, an app agreement's withdrawal, a session's end, an invitation, a notification, a conversation's relationship), tried by an
    /// admin of each other organisation with ids the demo organisations' own pages hold: each must answer 404 or 403, having checked the
    /// id belongs to the caller before anything else; a 400 or a form shown again would mean it looked at the rest first.
    /// </summary>
    [Fact]
    public async Task No_handler_with_an_id_in_the_query_acts_on_another_organisation_s_record()
    {
        await using var app = new PortalFactory();
        var sessions = await SessionsAsync(app);
        var samples = await SamplesAsync(sessions);
        var owners = await OwnedRecordsAsync(app, sessions, samples);
        var loader = app.Services.GetRequiredService<PageLoader>();
        var wrong = new List<string>();
        var tried = new HashSet<string>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor)
            {
                continue;
            }

            var page = await loader.LoadAsync(descriptor, endpoint.Metadata);
            var path = Sample(route, samples);
            var routed = route.Contains('{', StringComparison.Ordinal);
            if (routed && page.HandlerMethods.Any(h => h.HttpMethod == "Post" && h.Parameters.Any(p => IsId(p.ParameterType))))
            {
                // A page of one record whose forms name another (a proposal of a brief): its forms as the demo organisations see them.
                foreach (var owner in new[] { "rpo", "firm", "client" })
                {
                    using var shown = await sessions[owner].GetAsync(path, Cancel);
                    Collect(owners, shown.StatusCode == HttpStatusCode.OK ? await shown.Content.ReadAsStringAsync(Cancel) : "");
                }
            }

            foreach (var handler in page.HandlerMethods.Where(h => h.HttpMethod == "Post"))
            {
                // The ids the demo organisations' own forms and links give this handler in the query; every id parameter it takes must be among them.
                var query = owners.TryGetValue((path, handler.Name?.ToLowerInvariant() ?? ""), out var ids) ? ids : [];
                foreach (var missing in handler.Parameters.Where(p => IsId(p.ParameterType) && p.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase))
                    .Where(p => !routed && !query.ContainsKey(p.Name.ToLowerInvariant())))
                {
                    wrong.Add($"No demo organisation's page offers {path}?handler={handler.Name} an id for {missing.Name}: give one of them a record to try it with");
                }

                if (query.Count == 0)
                {
                    continue;
                }

                tried.UnionWith(query.Keys.Select(id => $"{path}?handler={handler.Name}&{id}"));
                foreach (var stranger in Strangers)
                {
                    var client = sessions[stranger];
                    var token = Forms.AntiforgeryToken(await client.GetStringAsync(Home(stranger), Cancel));
                    var action = $"{path}?{string.Join("&", query.Select(q => $"{q.Key}={q.Value}").Prepend($"handler={handler.Name}"))}";
                    using var response = await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["__RequestVerificationToken"] = token,
                        ["Reason"] = "Not mine to change",
                    }), Cancel);
                    var outcome = Outcome(response);
                    if (outcome is not ("not found" or "refused" or "sign-in"))
                    {
                        wrong.Add($"{stranger} POST {action}: {outcome}");
                    }
                }
            }
        }

        new[]
        {
            "/organisation/integrations?handler=Rotate&integrationid", "/organisation/integrations?handler=Disable&integrationid",
            "/organisation/webhooks?handler=Replay&deliveryid", "/organisation/webhooks?handler=Disable&subscriptionid", "/settings?handler=Withdraw&agreementid",
            "/settings?handler=EndSession&sessionid", "/organisation/team?handler=Revoke&invitationid", "/notifications?handler=Read&id",
            "/conversations/new?handler=&relationship",
        }.Except(tried).ShouldBeEmpty("each of these is tried with another organisation's id");
        wrong.ShouldBeEmpty(string.Join("\n", wrong));

        static bool IsId(Type type) => type == typeof(Guid) || type == typeof(Guid?) || type == typeof(string);
    }

    /// <summary>
    /// Records of the demo organisations for the sweep above: an integration and a person's agreement to it, a webhook with a delivery,
    /// an invitation; then every id their own pages put in a form's or a link's query, by page and name.
    /// </summary>
    private static async Task<Dictionary<(string Path, string Handler), Dictionary<string, string>>> OwnedRecordsAsync(PortalFactory app, Dictionary<string, HttpClient> sessions,
        Dictionary<string, string> samples)
    {
        var (rpo, firm) = (sessions["rpo"], sessions["firm"]);
        (await rpo.PostFormAsync("/organisation/integrations",
            [new("Name", "Northbridge ATS"), new("GrantTypes", IntegrationGrants.AuthorizationCode), new("RedirectUris", "https://ats.example/callback"),
                new("Public", "false"), new("Scopes", ApiScopes.BriefsRead)], "/organisation/integrations?handler=Register")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var amelia = await app.AccountAsync("amelia.hart@northbridge.example");
        await app.WithAsync(async sp =>
        {
            var integration = (await sp.GetRequiredService<IAccounts>().AskAsync(new ListIntegrationsQuery(Callers.Rpo(Marketplace.Northbridge)), Cancel)).Single(i => i.Name == "Northbridge ATS");
            var applications = sp.GetRequiredService<OpenIddict.Abstractions.IOpenIddictApplicationManager>();
            var application = await applications.FindByClientIdAsync(integration.ClientId, Cancel);
            await sp.GetRequiredService<OpenIddict.Abstractions.IOpenIddictAuthorizationManager>().CreateAsync(new OpenIddict.Abstractions.OpenIddictAuthorizationDescriptor
            {
                ApplicationId = await applications.GetIdAsync(application!, Cancel),
                Subject = amelia.ToString(),
                Status = OpenIddict.Abstractions.OpenIddictConstants.Statuses.Valid,
                Type = OpenIddict.Abstractions.OpenIddictConstants.AuthorizationTypes.Permanent,
                CreationDate = DateTimeOffset.UtcNow,
                Scopes = { ApiScopes.BriefsRead },
            }, Cancel);
            return 0;
        });
        await app.SignedInAsync("amelia.hart@northbridge.example");
        (await rpo.PostFormAsync("/organisation/team", new() { ["Email"] = "invited.colleague@northbridge.example" }, "/organisation/team?handler=Invite"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await firm.PostFormAsync("/organisation/webhooks", [new("Address", "http://127.0.0.1:9/hooks"), new("Events", "brief.routed")],
            "/organisation/webhooks?handler=Subscribe")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await app.RoutedBriefAsync("Interim Head of Quality", "amelia.hart@northbridge.example", [Marketplace.Meridian], answer: false);
        await TestServices.Eventually(async () => (await firm.GetStringAsync("/organisation/webhooks", Cancel)).Contains("deliveryId=", StringComparison.Ordinal),
            TimeSpan.FromSeconds(60), "a delivery to the firm's webhook");

        var owned = new Dictionary<(string, string), Dictionary<string, string>>();
        foreach (var (column, home) in new[] { ("rpo", "/rpo"), ("firm", "/firm"), ("client", "/client") })
        {
            var relationships = column == "client" ? $"/client/relationships/{samples["client relationship"]}" : $"{home}/relationships/{samples["relationship"]}";
            foreach (var source in new[] { home, relationships, "/settings", "/notifications", "/organisation/team", "/organisation/integrations", "/organisation/webhooks" })
            {
                Collect(owned, await sessions[column].GetStringAsync(source, Cancel));
            }
        }

        return owned;
    }

    /// <summary>The ids in the query of each form's action and each link of a page, by the page and handler they go to.</summary>
    private static void Collect(Dictionary<(string Path, string Handler), Dictionary<string, string>> owned, string html)
    {
        foreach (Match link in QueryLink().Matches(WebUtility.HtmlDecode(html)))
        {
            var pairs = link.Groups[2].Value.Split('&').Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
                .GroupBy(p => p[0].ToLowerInvariant()).ToDictionary(p => p.Key, p => p.First()[1]);
            var ids = pairs.Where(p => Guid.TryParse(p.Value, out _)).ToDictionary();
            if (ids.Count > 0)
            {
                owned.TryAdd((link.Groups[1].Value, pairs.GetValueOrDefault("handler", "").ToLowerInvariant()), ids);
            }
        }
    }

    [GeneratedRegex("(?:action|href)=\"(/[^\"?#]*)\\?([^\"#]*)\"")]
    private static partial Regex QueryLink();

    private static string Home(string column) => column switch
    {
        "other rpo" => "/rpo",
        "other firm" => "/firm",
        _ => "/client",
    };

    private static string Outcome(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => "page",
        HttpStatusCode.NotFound => "not found",
        HttpStatusCode.Forbidden => "refused",
        HttpStatusCode.Gone => "gone",
        HttpStatusCode.BadRequest => "bad request",
        HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther => response.Headers.Location!.OriginalString switch
        {
            var l when l.Contains("/account/sign-in", StringComparison.Ordinal) => "sign-in",
            var l when l.Contains("/account/access-denied", StringComparison.Ordinal) => "refused",
            _ => "redirect",
        },
        var other => ((int)other).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Sample(string route, IReadOnlyDictionary<string, string> samples)
    {
        var path = RouteParameter().Replace(route, match => match.Groups[1].Value switch
        {
            "step" => "",
            "documentName" => "v1",
            var name when route.StartsWith("/admin/firms", StringComparison.Ordinal) && name == "id" => samples["firm"],
            var name when route.StartsWith("/rpo/clients", StringComparison.Ordinal) && name == "id" => samples["client"],
            var name when route.StartsWith("/rpo/sourcing", StringComparison.Ordinal) && name == "id" => samples["sourcing"],
            var name when route.StartsWith("/client/relationships", StringComparison.Ordinal) && name == "id" => samples["client relationship"],
            var name when route.Contains("/relationships", StringComparison.Ordinal) && name == "id" => samples["relationship"],
            var name when route.StartsWith("/conversations", StringComparison.Ordinal) && name == "id" => samples["conversation"],
            _ => samples["brief"],
        });
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    /// <summary>One client per column: demo accounts, and a new RPO and a new client company that own nothing of the demo data.</summary>
    private static async Task<Dictionary<string, HttpClient>> SessionsAsync(PortalFactory app)
    {
        async Task<string> StrangerAsync(string organisation, OrganisationKind kind, string email) => await app.WithAsync(async sp =>
        {
            var accounts = sp.GetRequiredService<IAccounts>();
            var id = (await accounts.SendAsync(new CreateOrganisationCommand(organisation, kind), Cancel)).Id!.Value;
            (await accounts.SendAsync(new RegisterInvitedCommand(id, email, "Stranger", "Stranger2027x", SignIn: false), Cancel)).Succeeded.ShouldBeTrue();
            return email;
        });

        return new Dictionary<string, HttpClient>
        {
            ["anonymous"] = app.Anonymous(),
            ["rpo"] = await app.SignedInAsync("amelia.hart@northbridge.example"),
            ["firm"] = await app.SignedInAsync("maria.santos@meridianquality.example"),
            ["client"] = await app.SignedInAsync("sofia.lindqvist@valdora.example"),
            ["vetting"] = await app.SignedInAsync("olivia.grant@interimexchange.example"),
            ["other rpo"] = await app.SignedInAsync(await StrangerAsync("Elsewhere Talent", OrganisationKind.RpoProvider, "sam.stranger@elsewhere.example"), "Stranger2027x"),
            ["other firm"] = await app.SignedInAsync("ken.mori@stackbridge.example"),
            ["other client"] = await app.SignedInAsync(await StrangerAsync("Elsewhere Foods", OrganisationKind.ClientCompany, "kim.stranger@elsewherefoods.example"), "Stranger2027x"),
        };
    }

    /// <summary>Ids of the demo data the matrix is tried against: the evaluated demo brief, a vetted firm, a client, a sourcing-team brief.</summary>
    private static async Task<Dictionary<string, string>> SamplesAsync(Dictionary<string, HttpClient> sessions)
    {
        static string First(string html, string prefix) =>
            Regex.Match(html, $"href=\"{Regex.Escape(prefix)}([0-9a-f-]{{36}})\"") is { Success: true } match
                ? match.Groups[1].Value
                : throw new InvalidOperationException($"No link to {prefix} in the demo data.");

        var brief = DemoBriefs.QualityDirector.ToString();
        var clientRelationship = First(await sessions["client"].GetStringAsync("/client", Cancel), "/client/relationships/");
        return new Dictionary<string, string>
        {
            ["relationship"] = First(await sessions["firm"].GetStringAsync("/firm/relationships", Cancel), "/firm/relationships/"),
            ["client relationship"] = clientRelationship,
            ["conversation"] = First(await sessions["client"].GetStringAsync($"/client/relationships/{clientRelationship}", Cancel), "/conversations/"),
            ["brief"] = brief,
            ["firm"] = First(await sessions["vetting"].GetStringAsync("/admin/firms", Cancel), "/admin/firms/"),
            ["client"] = First(await sessions["rpo"].GetStringAsync("/rpo/clients", Cancel), "/rpo/clients/"),
            ["sourcing"] = Regex.Match(await sessions["rpo"].GetStringAsync("/rpo/sourcing", Cancel), "href=\"/rpo/sourcing/([0-9a-f-]{36})\"") is { Success: true } m
                ? m.Groups[1].Value
                : brief,
        };
    }

    private static async Task<Dictionary<string, string[]>> ReadMatrixAsync()
    {
        var lines = await File.ReadAllLinesAsync(Path.Combine(AppContext.BaseDirectory, "AuthorizationMatrix.md"), Cancel);
        return lines.Where(l => l.StartsWith("| /", StringComparison.Ordinal))
            .Select(l => l.Trim('|', ' ').Split('|').Select(cell => cell.Trim()).ToArray())
            .ToDictionary(cells => cells[0], cells => cells[1..]);
    }

    [GeneratedRegex(@"\{([a-zA-Z]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
