using System.Net;
using System.Text.RegularExpressions;
using InterimExchange.Accounts.Data;
using InterimExchange.Routing.Contracts;
using InterimExchange.Routing.Contracts.IntegrationEvents;
using InterimExchange.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Web.Tests;

/// <summary>
/// Organisations that began with nothing find their conversations once agreed: on each side's home under "Upcoming conversations",
/// and on the Conversations page under Upcoming, Awaiting an answer (saying whose answer it is) and, after their time, Past with
/// what was agreed. Another RPO's and another firm's people see none of them.
/// </summary>
public sealed partial class ConversationListTests(EmptyPortalFactory app) : IClassFixture<EmptyPortalFactory>
{
    private const string Password = "ConversationList2027";
    private const string FirmPassword = "AtlasInterim2027";
    private const string Rpo = "Harbourline Talent";
    private const string Helen = "helen.marsh@harbourline.example";
    private const string Nadia = "nadia@atlasinterim.example";
    private const string Oscar = "oscar.vale@othertalent.example";
    private const string Bea = "bea.stone@beaconinterim.example";
    private const string Agreed = "Calder wants to meet Candidate L before Christmas.";
    private const string Asked = "the Lyon start date may move.";
    private const string Role = "Interim Head of Quality";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_agreed_conversation_is_upcoming_on_both_homes_a_request_awaits_its_answer_after_its_time_it_is_past_and_nobody_else_sees_them()
    {
        // An RPO founded empty, a firm that applied, and another of each.
        var helen = await app.FoundAsync("rpo", Rpo, Helen, "Helen Marsh", Password);
        (await app.Anonymous().PostFormAsync("/firms/apply", Forms.FirmApplication(Nadia))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // The applicant's account follows from the application, once its event is handled.
        await app.QuietAsync();
        var nadia = await app.SignedInAsync(Nadia, FirmPassword);
        var oscar = await app.FoundAsync("rpo", "Other Talent", Oscar, "Oscar Vale", Password);
        (await app.Anonymous().PostFormAsync("/firms/apply", Forms.FirmApplication(Bea, "Bea Stone", "Beacon Interim"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await app.QuietAsync();
        var bea = await app.SignedInAsync(Bea, FirmPassword);

        // Before any conversation, each home and the Conversations page say what to do next.
        Section(await helen.GetStringAsync("/rpo", Cancel), "upcoming-conversations").ShouldContain("Ask for one from a relationship");
        var empty = await nadia.GetStringAsync("/conversations", Cancel);
        Section(empty, "upcoming").ShouldContain("No conversation is agreed and to come.");
        Section(empty, "awaiting").ShouldContain("ask for a conversation");
        Section(empty, "past").ShouldContain("Nothing here yet: a conversation comes here once its time has come");
        empty.ShouldContain("<a href=\"/conversations\" aria-current=\"page\">Conversations</a>", customMessage: "the navigation marks the page it is on");

        // The RPO routes a brief to the firm, which begins their relationship (the routing module's event, as routing publishes it).
        var briefId = await BeginRelationshipAsync(Rpo, "Atlas Interim", Helen, "Helen Marsh");
        var relationshipId = await RelationshipIdAsync(helen, "Atlas Interim");

        // The coordinator asks for two conversations; the firm accepts the first and leaves the second unanswered.
        var agreed = await AskAsync(helen, relationshipId, briefId, Agreed, "2026-11-10T10:00", "2026-11-10T15:00");
        var asked = await AskAsync(helen, relationshipId, null, Asked, "2026-11-12T10:00", "2026-11-12T15:00");
        var time = ProposedTime().Match(await nadia.GetStringAsync(agreed, Cancel)).Groups[1].Value;
        (await nadia.PostFormAsync(agreed, new() { ["StartsAtUtc"] = time }, $"{agreed}?handler=Accept")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Both homes list the agreed conversation, on the reader's clock with the zone named, with whom, about which brief, and its calendar file.
        var rpoHome = Section(await helen.GetStringAsync("/rpo", Cancel), "upcoming-conversations");
        rpoHome.ShouldContain(Agreed);
        rpoHome.ShouldContain("Tue 10 Nov 2026, 10:00 (Europe/Amsterdam, CET), 45 minutes, video call");
        rpoHome.ShouldContain("Nadia Haddad (Atlas Interim)");
        rpoHome.ShouldContain(Role);
        rpoHome.ShouldContain($"href=\"{agreed}/calendar.ics\"");
        rpoHome.ShouldContain("href=\"/conversations\">See all conversations</a>");
        rpoHome.ShouldNotContain(Asked);
        var firmHome = Section(await nadia.GetStringAsync("/firm", Cancel), "upcoming-conversations");
        firmHome.ShouldContain(Agreed);
        firmHome.ShouldContain("Helen Marsh (Harbourline Talent)");

        // On the Conversations page the agreed one is upcoming and the other awaits the firm's answer: theirs for the coordinator, hers for the firm.
        var rpoPage = await helen.GetStringAsync("/conversations", Cancel);
        Section(rpoPage, "upcoming").ShouldContain(Agreed);
        Section(rpoPage, "upcoming").ShouldNotContain(Asked);
        Section(rpoPage, "awaiting").ShouldContain(Asked);
        Section(rpoPage, "awaiting").ShouldContain("They do, Nadia Haddad (Atlas Interim)");
        Section(rpoPage, "past").ShouldNotContain(Agreed);
        var firmPage = await nadia.GetStringAsync("/conversations", Cancel);
        Section(firmPage, "upcoming").ShouldContain(Agreed);
        Section(firmPage, "awaiting").ShouldContain(Asked);
        Section(firmPage, "awaiting").ShouldContain($"<a href=\"{asked}\">Answer</a>");

        // Another RPO's coordinator and another firm's member see neither, on their home or their page.
        foreach (var (other, home) in new[] { (oscar, "/rpo"), (bea, "/firm") })
        {
            foreach (var page in new[] { home, "/conversations" })
            {
                var html = await other.GetStringAsync(page, Cancel);
                html.ShouldNotContain(Agreed);
                html.ShouldNotContain(Asked);
            }
        }

        // After the agreed time (sessions expire after eight hours: both sign in again) it is past, waiting for its record; then the record shows.
        app.Clock.Advance(new DateTimeOffset(2026, 11, 10, 12, 0, 0, TimeSpan.Zero) - app.Clock.GetUtcNow());
        helen = await app.SignedInAsync(Helen, Password);
        nadia = await app.SignedInAsync(Nadia, FirmPassword);
        var waiting = await helen.GetStringAsync("/conversations", Cancel);
        Section(waiting, "upcoming").ShouldNotContain(Agreed);
        Section(waiting, "past").ShouldContain(Agreed);
        Section(waiting, "past").ShouldContain("Nothing recorded yet");
        (await helen.PostFormAsync(agreed, new() { ["Agreed"] = "Calder meets Candidate L on 2 December." }, $"{agreed}?handler=Record"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        foreach (var person in new[] { helen, nadia })
        {
            var past = Section(await person.GetStringAsync("/conversations", Cancel), "past");
            past.ShouldContain(Agreed);
            past.ShouldContain("Tue 10 Nov 2026, 10:00 (Europe/Amsterdam, CET)");
            past.ShouldContain("Helen Marsh (Harbourline Talent) recorded: Calder meets Candidate L on 2 December.");
        }

        Section(await helen.GetStringAsync("/rpo", Cancel), "upcoming-conversations").ShouldContain("No conversation agreed and to come.");
        Section(await nadia.GetStringAsync("/conversations", Cancel), "awaiting").ShouldContain(Asked, customMessage: "an unanswered request still awaits its answer");
    }

    [Fact]
    public async Task Page_numbers_that_make_no_sense_show_the_first_or_an_empty_page_and_a_vetting_officer_has_no_conversations_page()
    {
        var rpo = await app.FoundAsync("rpo", "Numbers Talent", "nina@numberstalent.example", "Nina Cole", Password);
        foreach (var query in new[] { "?upcoming=abc", "?awaiting=-4", "?past=99999999999", "?past=2147483647&upcoming=0" })
        {
            (await rpo.GetAsync("/conversations" + query, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK, query);
        }

        var officer = await app.FoundAsync("vetting", "Numbers Vetting", "vic@numbersvetting.example", "Vic Hale", Password);
        (await officer.GetAsync("/conversations", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await officer.GetStringAsync("/admin", Cancel)).ShouldNotContain(">Conversations</a>");
    }

    [Fact]
    public async Task Each_list_pages_on_its_own_ten_at_a_time_and_no_conversation_shows_twice()
    {
        var rpo = await app.FoundAsync("rpo", "Paging Talent", "pia@pagingtalent.example", "Pia Moss", Password);
        (await app.Anonymous().PostFormAsync("/firms/apply", Forms.FirmApplication("paul@paginginterim.example", "Paul Ng", "Paging Interim")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await app.QuietAsync();
        await BeginRelationshipAsync("Paging Talent", "Paging Interim", "pia@pagingtalent.example", "Pia Moss");
        var relationshipId = await RelationshipIdAsync(rpo, "Paging Interim");
        for (var i = 1; i <= 12; i++)
        {
            await AskAsync(rpo, relationshipId, null, $"request number {i:00} is on the table.", "2026-11-16T10:00", "2026-11-16T15:00", "Paul Ng, Paging Interim");
        }

        var first = Section(await rpo.GetStringAsync("/conversations", Cancel), "awaiting");
        var next = Regex.Match(first, "<a href=\"(/conversations\\?upcoming=1&awaiting=2&past=1#awaiting)\">Next</a>");
        next.Success.ShouldBeTrue("the awaiting list offers its next page, the other lists staying where they are");
        var second = Section(await rpo.GetStringAsync(next.Groups[1].Value, Cancel), "awaiting");
        second.ShouldContain(">Previous</a>");
        second.ShouldNotContain(">Next</a>");
        var shown = Regex.Matches(first + second, "request number (\\d\\d)").Select(m => m.Groups[1].Value).ToList();
        shown.Count.ShouldBe(12);
        shown.Distinct().Count().ShouldBe(12, "each request shows once across the pages");
        Regex.Matches(first, "request number").Count.ShouldBe(10);
    }

    /// <summary>
    /// The routing module's event for a brief routed from <paramref name="rpo"/> to <paramref name="firm"/>: it begins their
    /// relationship, whose people may then ask each other for conversations. Returns the brief's id.
    /// </summary>
    private async Task<Guid> BeginRelationshipAsync(string rpo, string firm, string coordinatorEmail, string coordinator)
    {
        var (rpoId, firmId, coordinatorId) = await app.WithAsync(async sp =>
        {
            var accounts = sp.GetRequiredService<AccountsDbContext>();
            var ids = await accounts.Organisations.Where(o => o.Name == rpo || o.Name == firm).ToDictionaryAsync(o => o.Name, o => o.Id, Cancel);
            return (ids[rpo], ids[firm], await app.AccountAsync(coordinatorEmail));
        });
        var briefId = Guid.NewGuid();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.Services.GetRequiredService<IBus>().Publish(new BriefRoutedToFirm(briefId, firmId, firm, RoutingChannel.SpecialistFirm, rpoId, Role, 1, "", [],
            DateOnly.FromDateTime(now).AddDays(3), DateOnly.FromDateTime(now).AddDays(14), now, coordinatorId, coordinator), Cancel);
        return briefId;
    }

    /// <summary>The relationship's id once the RPO's relationships page lists it with <paramref name="firm"/>.</summary>
    private static async Task<string> RelationshipIdAsync(HttpClient coordinator, string firm)
    {
        var id = "";
        await TestServices.Eventually(async () =>
                (id = Regex.Match(await coordinator.GetStringAsync("/rpo/relationships", Cancel), $"href=\"/rpo/relationships/([0-9a-f-]{{36}})\">{Regex.Escape(firm)}<").Groups[1].Value) != "",
            TimeSpan.FromSeconds(30), $"the relationship with {firm}, begun by the routing");
        return id;
    }

    /// <summary>The coordinator asks the firm's applicant for a video conversation through the request form; returns its page.</summary>
    private static async Task<string> AskAsync(HttpClient coordinator, string relationshipId, Guid? briefId, string because, string time1, string time2,
        string with = "Nadia Haddad, Atlas Interim")
    {
        var ask = $"/conversations/new?relationship={relationshipId}";
        var options = await coordinator.GetStringAsync(ask, Cancel);
        var fields = new Dictionary<string, string>
        {
            ["Relationship"] = relationshipId,
            ["With"] = Regex.Match(options, $"<option value=\"([0-9a-f-]{{36}})\"[^>]*>{Regex.Escape(with)}</option>").Groups[1].Value,
            ["Purpose"] = because,
            ["Format"] = "Video",
            ["Where"] = "https://meet.example/harbourline",
            ["Minutes"] = "45",
            ["Time1"] = time1,
            ["Time2"] = time2,
            ["RespondBy"] = Regex.Match(options, "name=\"RespondBy\" value=\"([^\"]+)\"").Groups[1].Value,
        };
        if (briefId is { } brief)
        {
            fields["BriefId"] = brief.ToString();
        }

        var asked = await coordinator.PostFormAsync(ask, fields);
        asked.StatusCode.ShouldBe(HttpStatusCode.Redirect, await asked.Content.ReadAsStringAsync(Cancel));
        return asked.Headers.Location!.OriginalString;
    }

    /// <summary>The section of a page with this id, decoded as a person reads it.</summary>
    private static string Section(string html, string id)
    {
        var match = Regex.Match(html, $"<section id=\"{id}\"[\\s\\S]*?</section>");
        match.Success.ShouldBeTrue($"the page has a section #{id}");
        return WebUtility.HtmlDecode(match.Value);
    }

    [GeneratedRegex("name=\"StartsAtUtc\" value=\"([^\"]+)\"")]
    private static partial Regex ProposedTime();
}
