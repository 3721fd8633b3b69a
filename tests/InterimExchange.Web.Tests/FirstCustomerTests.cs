using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Web;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Testing;
using Microsoft.Extensions.Configuration;

namespace InterimExchange.Web.Tests;

/// <summary>
/// The first customers of a deployment without demo data, over HTTP through the portals' own forms: the operator founds an RPO and
/// the vetting team, a firm applies and is vetted, a client executive briefs, the brief is routed, proposed on and scored, a
/// conversation is agreed and an app acts for the coordinator. Then the coordinator leaves, and everything she held is her admin's.
/// </summary>
public sealed partial class FirstCustomerTests(EmptyPortalFactory app) : IClassFixture<EmptyPortalFactory>
{
    private const string Password = "FirstCustomer2027";
    private const string Rpo = "Harbourline Talent";
    private const string Helen = "helen.marsh@harbourline.example";
    private const string Chloe = "chloe.park@harbourline.example";
    private const string Priya = "priya.shah@interimexchange.example";
    private const string Nadia = "nadia@atlasinterim.example";
    private const string Remy = "remy.colin@atlasinterim.example";
    private const string Vera = "vera.lind@calderpharma.example";
    private const string Olaf = "olaf.berg@calderpharma.example";
    private const string Role = "Interim Head of Quality";
    private const string Callback = "https://ats.example/signin-interimexchange";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_first_customers_run_themselves_from_an_empty_start_and_a_coordinator_who_leaves_hands_everything_to_her_admin()
    {
        // The operator founds the RPO; its admin brings in a coordinator. The operator founds the platform's vetting team.
        var helen = await FoundAsync("rpo", Rpo, Helen, "Helen Marsh");
        var chloe = await JoinAsync(helen, Rpo, Chloe, "Chloe Park");
        var priya = await FoundAsync("vetting", "InterimExchange Vetting", Priya, "Priya Shah");

        // A firm applies; its applicant is its admin and brings in a colleague.
        (await app.Anonymous().PostFormAsync("/firms/apply", Forms.FirmApplication(Nadia))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // The applicant's account follows from the application, once its event is handled.
        await app.QuietAsync();
        var nadia = await app.SignedInAsync(Nadia, "AtlasInterim2027");
        var remy = await JoinAsync(nadia, "Atlas Interim", Remy, "Remy Colin");

        // The vetting officer works through the checklist and approves the firm.
        var firmId = Regex.Match(await priya.GetStringAsync("/admin/firms", Cancel), "href=\"/admin/firms/([0-9a-f-]{36})\">Atlas Interim<").Groups[1].Value;
        var review = $"/admin/firms/{firmId}";
        var checklist = new Dictionary<string, string>();
        foreach (Match item in ChecklistItem().Matches(await priya.GetStringAsync(review, Cancel)))
        {
            checklist[$"Checklist[{item.Groups[1].Value}].Item"] = item.Groups[2].Value;
            checklist[$"Checklist[{item.Groups[1].Value}].Done"] = "true";
        }

        checklist.Count.ShouldBe(10, "five checklist items, each ticked");
        // A refused approval (a date in the past) keeps every tick the officer made; approving saves the checklist it carries.
        var refused = await (await priya.PostFormAsync(review, new Dictionary<string, string>(checklist) { ["ValidUntil"] = "2020-01-01" }, $"{review}?handler=Approve"))
            .Content.ReadAsStringAsync(Cancel);
        refused.ShouldContain("Vetting must be valid until a future date.");
        Regex.Matches(refused, @"name=""Checklist\[\d\]\.Done"" value=""true"" checked").Count.ShouldBe(5, "the ticks survive the refusal");
        (await priya.PostFormAsync(review, checklist, $"{review}?handler=Approve")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await priya.GetStringAsync(review, Cancel)).ShouldContain("Firm approved: it may now receive briefs.");

        // The coordinator adds the client company and its executive, drafts the brief and invites her to brief.
        var added = await chloe.PostFormAsync("/rpo/clients", new() { ["Name"] = "Calder Pharma", ["Sector"] = "pharma" });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var client = added.Headers.Location!.OriginalString;
        await AddExecutiveAsync(chloe, client, "Vera Lind", "Site Director, Lyon", Vera);
        var drafted = await chloe.PostFormAsync($"/rpo/briefs/edit?client={client.Split('/')[^1]}", new()
        {
            ["Input.RoleTitle"] = Role,
            ["Input.ClientCompanyId"] = client.Split('/')[^1],
            ["Input.Sector"] = "pharma",
            ["Input.Function"] = "quality",
            ["Input.Seniority"] = "head-of",
            ["Input.Region"] = "france",
            ["Input.Location"] = "Lyon, FR",
            ["Input.RemotePolicy"] = "OnSite",
            ["Input.ExpectedStart"] = "2027-01-11",
            ["Input.DurationMonths"] = "6",
        });
        drafted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var brief = drafted.Headers.Location!.OriginalString;
        var briefId = Guid.Parse(brief.Split('/')[^1]);
        await InviteToBriefAsync(chloe, brief, "Vera Lind");

        // The executive sets up her account through the link: she is her company's first person, so its admin.
        var briefing = $"/client/briefings/{briefId}";
        var vera = app.Anonymous();
        var link = PortalFactory.LinkIn(await app.EmailToAsync(Vera, $"Please brief us on the {Role}"), "/account/briefing");
        var joined = await vera.PostFormAsync(link, new() { ["Input.DisplayName"] = "Vera Lind", ["Input.Password"] = Password });
        joined.Headers.Location!.OriginalString.ShouldBe(briefing);
        (await vera.GetStringAsync("/organisation/team", Cancel)).ShouldContain("Admin: Vera Lind.");

        // She brings in a colleague, whom the coordinator invites to the brief too: only an executive invited to a brief scores its
        // proposals, and executives are invited only before the briefing is submitted.
        var olaf = await JoinAsync(vera, "Calder Pharma", Olaf, "Olaf Berg");
        await AddExecutiveAsync(chloe, client, "Olaf Berg", "Head of Operations, Lyon", Olaf);
        await InviteToBriefAsync(chloe, brief, "Olaf Berg");
        var olafLink = PortalFactory.LinkIn(await app.EmailToAsync(Olaf, $"Please brief us on the {Role}"), "/account/briefing");
        (await olaf.GetAsync(olafLink, Cancel)).Headers.Location!.OriginalString.ShouldBe(briefing, "signed in, his link brings him to the briefing");

        // The executive completes the briefing step by step and submits; the coordinator confirms it.
        string[] steps = ["context", "success-criteria", "value", "must-haves", "arrangements", "commercial", "review"];
        Dictionary<string, string>[] answers =
        [
            new() { ["Input.Situation"] = "Our Lyon site failed its last inspection and the head of quality has left.", ["Input.WhyNow"] = "The reinspection is in April." },
            new()
            {
                ["Input.SuccessCriteria[0].Outcome"] = "Reinspection passed", ["Input.SuccessCriteria[0].Measure"] = "No critical findings", ["Input.SuccessCriteria[0].Horizon"] = "Days180",
                ["Input.SuccessCriteria[1].Outcome"] = "CAPA backlog cleared", ["Input.SuccessCriteria[1].Measure"] = "No open CAPA older than 60 days", ["Input.SuccessCriteria[1].Horizon"] = "Days90",
                ["Input.SuccessCriteria[2].Outcome"] = "Permanent head of quality onboarded", ["Input.SuccessCriteria[2].Measure"] = "Handover signed off", ["Input.SuccessCriteria[2].Horizon"] = "EndOfAssignment",
            },
            new() { ["Input.Mandate"] = "Run quality for the site, reporting to the site director." },
            new() { ["Input.MustHaves"] = "Has led a site through an ANSM reinspection." },
            new() { ["Input.OnSiteDaysPerWeek"] = "4", ["Input.DurationMonths"] = "6" },
            new() { ["Input.DayRateFrom"] = "1200", ["Input.DayRateTo"] = "1500", ["Input.Currency"] = "EUR" },
        ];
        for (var i = 0; i < answers.Length; i++)
        {
            answers[i]["then"] = "next";
            var saved = await vera.PostFormAsync($"{briefing}/{steps[i]}", answers[i]);
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"the {steps[i]} step is saved");
            saved.Headers.Location!.OriginalString.ShouldBe($"{briefing}/{steps[i + 1]}");
        }

        (await vera.PostFormAsync($"{briefing}/review", [], $"{briefing}/review?handler=Submit")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await chloe.PostFormAsync(brief, [], $"{brief}?handler=Confirm")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The coordinator routes the brief to the firm once routing, which learns of both by message, offers it.
        var routing = $"{brief}/routing";
        var offered = "";
        await TestServices.Eventually(async () => (offered = await chloe.GetStringAsync(routing, Cancel)).Contains($"name=\"Notes[0].FirmId\" value=\"{firmId}\"", StringComparison.Ordinal),
            TimeSpan.FromSeconds(60), "Atlas Interim offered on the routing page");
        var routed = await chloe.PostFormAsync(routing, new()
        {
            ["Chosen"] = firmId,
            ["Notes[0].FirmId"] = firmId,
            ["Notes[0].Name"] = "Atlas Interim",
            ["Notes[0].Note"] = "Your quality heads for French sites are what Calder needs in Lyon.",
            ["RespondBy"] = DateIn(offered, "RespondBy"),
            ["ProposalsDue"] = DateIn(offered, "ProposalsDue"),
        });
        routed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await chloe.GetStringAsync(routing, Cancel)).ShouldContain("Brief routed to 1 firm.");

        // The firm answers interested and proposes a candidate.
        var routedBrief = $"/firm/briefs/{briefId}";
        await TestServices.Eventually(async () => (await nadia.GetAsync(routedBrief, Cancel)).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30),
            "the brief in Atlas Interim's inbox");
        (await nadia.PostFormAsync(routedBrief, new() { ["interested"] = "true", ["Note"] = "We have a candidate who did exactly this." }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var proposal = new Dictionary<string, string>
        {
            ["Input.Candidates[0].Alias"] = "Candidate L",
            ["Input.Candidates[0].Headline"] = "Head of quality, sterile manufacturing",
            ["Input.Candidates[0].YearsInSeniorRoles"] = "15",
            ["Input.Candidates[0].Achievements"] = "Took two French sites through reinspection",
            ["Input.Candidates[0].AvailableFrom"] = "2027-01-04",
            ["Input.Commercial.Basis"] = "DayRate",
            ["Input.Commercial.Amount"] = "1400",
            ["Input.Commercial.Currency"] = "EUR",
        };
        for (var n = 1; n <= 3; n++)
        {
            proposal[$"Input.Approaches[{n - 1}].Criterion"] = $"{n}";
            proposal[$"Input.Approaches[{n - 1}].Text"] = $"Our approach to criterion {n}";
            proposal[$"Input.Candidates[0].Rationales[{n - 1}].Criterion"] = $"{n}";
            proposal[$"Input.Candidates[0].Rationales[{n - 1}].Text"] = $"Candidate L did this at a previous site ({n})";
        }

        (await nadia.PostFormAsync($"{routedBrief}/proposal", proposal, $"{routedBrief}/proposal?handler=Submit")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The executive's colleague scores the proposal on value.
        var evaluation = $"/client/briefs/{briefId}/evaluation";
        var sheet = await olaf.GetStringAsync(evaluation, Cancel);
        var scores = new Dictionary<string, string>();
        foreach (Match row in ScoreRow().Matches(sheet))
        {
            var i = row.Groups[1].Value;
            scores[$"Scores[{i}].CandidateId"] = row.Groups[2].Value;
            scores[$"Scores[{i}].Criterion"] = row.Groups[3].Value;
            scores[$"Scores[{i}].Value"] = "4";
            scores[$"Scores[{i}].Evidence"] = "Seen in the candidate's record";
        }

        scores.Count.ShouldBe(24, "the approach and the candidate, on three criteria each");
        (await olaf.PostFormAsync(evaluation, scores, WebUtility.HtmlDecode(ScoreForm().Match(sheet).Groups[1].Value))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var scored = await olaf.GetStringAsync(evaluation, Cancel);
        scored.ShouldContain("Scores saved.");
        scored.ShouldContain("6 of 12 scores given.");

        // The coordinator asks the firm's colleague for a conversation, who accepts a time.
        var relationshipId = "";
        await TestServices.Eventually(async () => (relationshipId = RpoRelationship().Match(await chloe.GetStringAsync("/rpo/relationships", Cancel)).Groups[1].Value) != "",
            TimeSpan.FromSeconds(30), "the relationship with Atlas Interim, begun by the routing");
        var ask = $"/conversations/new?relationship={relationshipId}";
        var options = await chloe.GetStringAsync(ask, Cancel);
        var asked = await chloe.PostFormAsync(ask, new()
        {
            ["Relationship"] = relationshipId,
            ["With"] = Regex.Match(options, "<option value=\"([0-9a-f-]{36})\"[^>]*>Remy Colin, Atlas Interim</option>").Groups[1].Value,
            ["BriefId"] = briefId.ToString(),
            ["Purpose"] = "We need to talk because Calder wants to meet Candidate L before Christmas.",
            ["Format"] = "Video",
            ["Where"] = "https://meet.example/harbourline",
            ["Minutes"] = "45",
            ["Time1"] = "2026-11-10T10:00",
            ["Time2"] = "2026-11-10T15:00",
            ["RespondBy"] = DateIn(options, "RespondBy"),
        });
        asked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var conversation = asked.Headers.Location!.OriginalString;
        var time = ProposedTime().Match(await remy.GetStringAsync(conversation, Cancel)).Groups[1].Value;
        (await remy.PostFormAsync(conversation, new() { ["StartsAtUtc"] = time }, $"{conversation}?handler=Accept")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var uid = $"{Guid.Parse(conversation.Split('/')[^1]):N}@interimexchange";
        var agreed = Ical.Net.Calendar.Load(await app.CalendarFileAsync(Remy, "Conversation agreed"))!.Events.Single();
        agreed.Uid.ShouldBe(uid);
        agreed.Sequence.ShouldBe(0);
        // The coordinator reads that he accepted, beside his name and in her notifications, and his request no longer counts as new.
        (await chloe.GetStringAsync(conversation, Cancel)).ShouldContain("Remy Colin, Atlas Interim: Accepted");
        (await app.NotificationAsync(await app.AccountAsync(Chloe), "Remy Colin accepted the conversation")).Read.ShouldBeFalse();
        await app.QuietAsync();
        (await app.NotificationsAsync(await app.AccountAsync(Remy))).Where(n => n.Link == conversation).ShouldAllBe(n => n.Read);

        // The RPO's admin registers an app; the coordinator lets it act for her, and it reads the RPO's briefs as her.
        var (clientId, secret) = await RegisterAppAsync(helen);
        var api = Bearer(await AccessTokenAsync(chloe, clientId, secret));
        (await api.GetStringAsync("/api/v1/briefs", Cancel)).ShouldContain(Role);

        // The admin removes the coordinator and takes over her work.
        var chloeId = RemoveLink().Match(await helen.GetStringAsync("/organisation/team", Cancel)).Groups[1].Value;
        var removal = $"/organisation/team?remove={chloeId}";
        var helenId = Regex.Match(await helen.GetStringAsync(removal, Cancel), "<option value=\"([0-9a-f-]{36})\"[^>]*>Helen Marsh \\(you\\)</option>").Groups[1].Value;
        (await helen.PostFormAsync(removal, new() { ["Removal.UserId"] = chloeId, ["Removal.SuccessorId"] = helenId, ["Removal.Note"] = "Helen knows Calder and Atlas well." },
            "/organisation/team?handler=Remove")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await app.QuietAsync();

        // The coordinator is out: her session, her password and her app's token.
        var signedOut = await chloe.GetAsync("/rpo", Cancel);
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect, "her session ends at once");
        signedOut.Headers.Location!.OriginalString.ShouldStartWith("http://localhost/account/sign-in");
        (await app.Anonymous().PostFormAsync("/account/sign-in", new() { ["Input.Email"] = Chloe, ["Input.Password"] = Password }))
            .StatusCode.ShouldBe(HttpStatusCode.OK, "she cannot sign in");
        (await api.GetAsync("/api/v1/briefs", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // The firm learns its new contact by email and in its timeline.
        var told = await app.EmailToAsync(Nadia, $"Your contact at {Rpo} is now Helen Marsh");
        told.ShouldContain("Helen knows Calder and Atlas well.");
        (await nadia.GetStringAsync($"/firm/relationships/{relationshipId}", Cancel)).ShouldContain($"Helen Marsh took over from Chloe Park as the contact at {Rpo}.");

        // So do the client's executives, whose brief she coordinated.
        (await app.EmailToAsync(Vera, $"Your contact at {Rpo} is now Helen Marsh")).ShouldContain("Helen knows Calder and Atlas well.");
        await app.EmailToAsync(Olaf, $"Your contact at {Rpo} is now Helen Marsh");

        // The firm's colleague's calendar event is updated, not doubled, with the admin as its organiser.
        var update = Ical.Net.Calendar.Load(await app.CalendarFileAsync(Remy, "holds this conversation now"))!.Events.Single();
        update.Uid.ShouldBe(uid);
        update.Sequence.ShouldBe(1);
        update.Organizer!.Value!.ToString().ShouldBe($"mailto:{Helen}");

        // The decisions the firm awaits are the admin's now.
        var board = WebUtility.HtmlDecode(await helen.GetStringAsync("/rpo/decisions", Cancel));
        var decisions = board[board.IndexOf("<h1>", StringComparison.Ordinal)..];
        decisions.ShouldContain("Helen Marsh");
        decisions.ShouldNotContain("Chloe Park");
    }

    private Task<HttpClient> FoundAsync(string kind, string organisation, string email, string name) => app.FoundAsync(kind, organisation, email, name, Password);

    private Task<HttpClient> JoinAsync(HttpClient admin, string organisation, string email, string name) => app.JoinAsync(admin, organisation, email, name, Password);

    private static async Task AddExecutiveAsync(HttpClient coordinator, string client, string name, string jobTitle, string email) =>
        (await coordinator.PostFormAsync(client, new() { ["Input.Name"] = name, ["Input.JobTitle"] = jobTitle, ["Input.Email"] = email }))
        .StatusCode.ShouldBe(HttpStatusCode.Redirect);

    /// <summary>The coordinator chooses the executive on the brief's page and sends the briefing invitation.</summary>
    private static async Task InviteToBriefAsync(HttpClient coordinator, string brief, string name)
    {
        var contact = Regex.Match(await coordinator.GetStringAsync(brief, Cancel), $"<option value=\"([0-9a-f-]{{36}})\"[^>]*>{Regex.Escape(name)},").Groups[1].Value;
        (await coordinator.PostFormAsync(brief, new() { ["contactId"] = contact }, $"{brief}?handler=Invite")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    /// <summary>The admin registers an app that acts for the people who let it, reading briefs; returns its client id and secret.</summary>
    private static async Task<(string ClientId, string Secret)> RegisterAppAsync(HttpClient admin)
    {
        var registered = await admin.PostFormAsync("/organisation/integrations", new()
        {
            ["Name"] = "Harbourline ATS", ["GrantTypes"] = IntegrationGrants.AuthorizationCode, ["RedirectUris"] = Callback, ["Public"] = "false", ["Scopes"] = ApiScopes.BriefsRead,
        }, "/organisation/integrations?handler=Register");
        var html = await registered.Content.ReadAsStringAsync(Cancel);
        html.ShouldContain("Copy the secret now");
        var codes = Code().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        return (codes[0], codes[1]);
    }

    /// <summary>
    /// The code flow with PKCE as the app drives it through the person's signed-in browser: the person agrees on the consent page,
    /// the app exchanges the code it receives at its address for an access token.
    /// </summary>
    private async Task<string> AccessTokenAsync(HttpClient person, string clientId, string secret)
    {
        var verifier = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = $"/connect/authorize?client_id={Uri.EscapeDataString(clientId)}&response_type=code&scope={Uri.EscapeDataString($"openid {ApiScopes.BriefsRead}")}"
                        + $"&redirect_uri={Uri.EscapeDataString(Callback)}&code_challenge={challenge}&code_challenge_method=S256&state=first-customer";
        var consent = WebUtility.HtmlDecode(await person.GetStringAsync(authorize, Cancel));
        consent.ShouldContain("Let Harbourline ATS act for you?");
        var form = consent[consent.IndexOf("<main>", StringComparison.Ordinal)..];
        var fields = Hidden().Matches(form).Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, m.Groups[2].Value));
        var agreed = await person.PostFormAsync(authorize, fields, "/connect/authorize?handler=Accept");
        agreed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var code = HttpUtility.ParseQueryString(agreed.Headers.Location!.Query)["code"];
        code.ShouldNotBeNullOrEmpty(agreed.Headers.Location.ToString());

        using var token = await app.Anonymous().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code!, ["redirect_uri"] = Callback, ["code_verifier"] = verifier, ["client_id"] = clientId, ["client_secret"] = secret,
        }), Cancel);
        var answer = await token.Content.ReadAsStringAsync(Cancel);
        token.StatusCode.ShouldBe(HttpStatusCode.OK, answer);
        return JsonDocument.Parse(answer).RootElement.GetProperty("access_token").GetString()!;
    }

    private HttpClient Bearer(string accessToken)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>The value a date field of the page starts with, as a person who leaves it posts it.</summary>
    private static string DateIn(string html, string name) => Regex.Match(html, $"name=\"{name}\" value=\"([^\"]+)\"").Groups[1].Value;

    [GeneratedRegex("name=\"Checklist\\[(\\d+)\\]\\.Item\" value=\"([^\"]+)\"")]
    private static partial Regex ChecklistItem();

    [GeneratedRegex("name=\"Scores\\[(\\d+)\\]\\.CandidateId\" value=\"([^\"]+)\" />\\s*<input type=\"hidden\" name=\"Scores\\[\\d+\\]\\.Criterion\" value=\"(\\d+)\"")]
    private static partial Regex ScoreRow();

    [GeneratedRegex("action=\"([^\"]*handler=Score[^\"]*)\"")]
    private static partial Regex ScoreForm();

    [GeneratedRegex("href=\"/rpo/relationships/([0-9a-f-]{36})\">Atlas Interim<")]
    private static partial Regex RpoRelationship();

    [GeneratedRegex("name=\"StartsAtUtc\" value=\"([^\"]+)\"")]
    private static partial Regex ProposedTime();

    [GeneratedRegex("href=\"/organisation/team\\?remove=([0-9a-f-]{36})#remove\"")]
    private static partial Regex RemoveLink();

    [GeneratedRegex("<code>([^<]+)</code>")]
    private static partial Regex Code();

    [GeneratedRegex("<input name=\"([^\"]+)\" type=\"hidden\" value=\"([^\"]*)\"")]
    private static partial Regex Hidden();
}
