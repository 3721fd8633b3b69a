using System.Net;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Relationships.Data;
using InterimExchange.Relationships.Features.Reminders;
using InterimExchange.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static InterimExchange.Testing.Marketplace;

namespace InterimExchange.Relationships.Tests;

/// <summary>A request for a conversation is a promise like any other, and nobody reaches anyone outside the relationships they have.</summary>
public sealed class ConversationPromiseTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private const string Maria = "maria.santos@meridianquality.example";
    private const string Tom = "tom.okafor@northbridge.example";
    private const string Amelia = "amelia.hart@northbridge.example";
    private const string Sofia = "sofia.lindqvist@valdora.example";
    private const string Daniel = "daniel.weber@regpath.example";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unanswered_request_reminds_then_escalates_and_counts_as_ghosting_until_answered()
    {
        var relationshipId = await RelationshipAsync(Meridian);
        var tom = await app.AccountAsync(Tom);
        var maria = await app.SignedInAsync(Maria);
        var asked = await maria.PostFormAsync($"/conversations/new?relationship={relationshipId}", new()
        {
            ["Relationship"] = relationshipId.ToString(), ["With"] = tom.ToString(), ["Purpose"] = "We need to talk because our bench changed.",
            ["Format"] = "Phone", ["Minutes"] = "30", ["Time1"] = "2026-11-09T10:00", ["Time2"] = "2026-11-09T14:00",
        });
        asked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var conversationId = Guid.Parse(asked.Headers.Location!.OriginalString.Split('/').Last());

        // The day before the respond-by date (two working days: Wednesday 4 November), the person who owes the answer is reminded.
        app.Clock.Advance(TimeSpan.FromHours(25));
        await RunRemindersTwiceAsync();
        await app.NotificationAsync(tom, "Answer due 4 November: Maria Santos's request for a conversation");
        var amelia = await app.AccountAsync(Amelia);
        (await app.NotificationsAsync(amelia)).ShouldNotContain(n => n.Title.Contains("Maria Santos's request", StringComparison.Ordinal));

        // Once overdue, every day: the owner again, and the RPO's admin too; the ghosting count includes it.
        app.Clock.Advance(TimeSpan.FromDays(2));
        await RunRemindersTwiceAsync();
        await app.NotificationAsync(tom, "Overdue by 1 day: Maria Santos's request for a conversation");
        await app.NotificationAsync(amelia, "Overdue by 1 day: Maria Santos's request for a conversation");
        (await app.WithAsync(sp => sp.GetRequiredService<RelationshipsDbContext>().Reminders.CountAsync(r => r.SubjectId == conversationId && r.Kind == "answer", Cancel)))
            .ShouldBe(2);
        var home = await (await app.SignedInAsync(Amelia)).GetStringAsync("/rpo", Cancel);
        home.ShouldContain("our bench changed");
        // The demo engagement's review, due on the first day, is overdue by now too: the request makes two.
        (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().AskAsync(new ViewDecisionsQuery(Callers.Rpo(Northbridge)), Cancel))).Reviews.Count(r => r.DaysOverdue > 0).ShouldBe(1);
        home.ShouldContain("<span class=\"count alarm\">2</span>");

        // Declined with a reason, it no longer counts.
        var tomsBrowser = await app.SignedInAsync(Tom);
        (await tomsBrowser.PostFormAsync($"/conversations/{conversationId}", new() { ["Reason"] = "We spoke on the phone this morning." },
            $"/conversations/{conversationId}?handler=Decline")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await app.SignedInAsync(Amelia)).GetStringAsync("/rpo", Cancel)).ShouldContain("<span class=\"count alarm\">1</span>");
    }

    [Fact]
    public async Task A_firm_reaches_a_client_executive_only_through_the_coordinator_and_nobody_reaches_outside_their_relationships()
    {
        var meridian = await RelationshipAsync(Meridian);
        var valdora = await RelationshipAsync(Accounts.Contracts.DemoAccounts.Valdora.Id);
        var sofia = await app.AccountAsync(Sofia);
        var maria = await app.SignedInAsync(Maria);

        var direct = await maria.PostFormAsync($"/conversations/new?relationship={meridian}", new()
        {
            ["Relationship"] = meridian.ToString(), ["With"] = sofia.ToString(), ["Purpose"] = "We need to talk because we would like to skip the coordinator.",
            ["Format"] = "Phone", ["Minutes"] = "30", ["Time1"] = "2026-12-10T10:00", ["Time2"] = "2026-12-10T14:00",
        });
        direct.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await direct.Content.ReadAsStringAsync(Cancel)).ShouldShowErrorNextTo("With", "Choose someone you work with from the list.");
        (await app.WithAsync(sp => sp.GetRequiredService<RelationshipsDbContext>().Conversations.CountAsync(c => c.Purpose.Contains("skip the coordinator"), Cancel)))
            .ShouldBe(0);

        var noLink = await maria.PostFormAsync($"/conversations/new?relationship={meridian}", new()
        {
            ["Relationship"] = meridian.ToString(), ["ThroughCoordinator"] = "true", ["BriefId"] = Briefs.Contracts.DemoBriefs.QualityDirector.ToString(),
            ["Purpose"] = "We need to talk because the client's timeline moved.", ["Format"] = "Video", ["Minutes"] = "30",
            ["Time1"] = "2026-12-10T10:00", ["Time2"] = "2026-12-10T14:00", ["RespondBy"] = "2026-12-11",
        });
        var refusedForm = await noLink.Content.ReadAsStringAsync(Cancel);
        refusedForm.ShouldShowErrorNextTo("Where", "Give the video link.");
        refusedForm.ShouldContain("the client&#x27;s timeline moved");

        (await maria.GetAsync($"/firm/relationships/{valdora}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await maria.GetAsync($"/conversations/new?relationship={valdora}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.SignedInAsync(Daniel)).GetAsync($"/conversations/new?relationship={meridian}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.SignedInAsync(Sofia)).GetAsync($"/conversations/new?relationship={meridian}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // From the briefing review, the coordinator asks the executive for a conversation instead of a note.
        var headOfQuality = await app.WithAsync(async sp => (await sp.GetRequiredService<Briefs.Contracts.IBriefs>()
            .AskAsync(new Briefs.Contracts.ListBriefsQuery(Northbridge, null, "Interim Head of Quality", 1), Cancel)).Items.Single().Id);
        var amelia = await app.SignedInAsync(Amelia);
        var review = await amelia.GetStringAsync($"/rpo/briefs/{headOfQuality}", Cancel);
        var link = System.Text.RegularExpressions.Regex.Match(review, "id=\"clarify-in-conversation\" href=\"([^\"]+)\"").Groups[1].Value;
        var clarification = await amelia.GetStringAsync(System.Net.WebUtility.HtmlDecode(link), Cancel);
        clarification.ShouldContain("Ask for a conversation with Valdora Pharma");
        clarification.ShouldContain("Dr Sofia Lindqvist");
        clarification.ShouldContain("parts of the Interim Head of Quality briefing need clarifying");

        // The executive asks her coordinator, from her own relationship; the RPO's private notes on it stay the RPO's.
        var sofiasBrowser = await app.SignedInAsync(Sofia);
        (await sofiasBrowser.GetStringAsync($"/conversations/new?relationship={valdora}", Cancel)).ShouldContain("Amelia Hart");
        (await (await app.SignedInAsync(Amelia)).PostFormAsync($"/rpo/relationships/{valdora}", new() { ["Note"] = "Sofia decides fast; her CFO slowly." },
            $"/rpo/relationships/{valdora}?handler=Note")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await sofiasBrowser.GetStringAsync($"/client/relationships/{valdora}", Cancel)).ShouldNotContain("her CFO slowly");

        // So are its next step about her and its keep-in-touch date: her list and page show neither, and no cadence until Valdora sets its own.
        var rpoPage = await (await app.SignedInAsync(Amelia)).GetStringAsync($"/rpo/relationships/{valdora}", Cancel);
        rpoPage.ShouldContain("Send Sofia the shortlist");
        var rpoDue = DateOnly.ParseExact(System.Text.RegularExpressions.Regex.Match(rpoPage, @"Next keep-in-touch date: ([^.<]+)\.").Groups[1].Value, "d MMMM yyyy",
            System.Globalization.CultureInfo.InvariantCulture);
        foreach (var clientPage in new[] { "/client/relationships", $"/client/relationships/{valdora}" })
        {
            var html = await sofiasBrowser.GetStringAsync(clientPage, Cancel);
            html.ShouldContain("Northbridge");
            html.ShouldNotContain("Send Sofia the shortlist");
            html.ShouldNotContain(rpoDue.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
            html.ShouldNotContain(rpoDue.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
            html.ShouldContain("No cadence");
        }

        // Her own cadence is hers: the RPO's date and page stay as they were.
        (await sofiasBrowser.PostFormAsync($"/client/relationships/{valdora}", new() { ["CadenceWeeks"] = "2" }, $"/client/relationships/{valdora}?handler=Cadence"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await sofiasBrowser.GetStringAsync($"/client/relationships/{valdora}", Cancel)).ShouldMatch(@"Next keep-in-touch date: \d+ \w+ \d{4}\.");
        (await (await app.SignedInAsync(Amelia)).GetStringAsync($"/rpo/relationships/{valdora}", Cancel))
            .ShouldContain($"Next keep-in-touch date: {rpoDue.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}.");
    }

    private Task<Guid> RelationshipAsync(Guid counterpartId) => app.WithAsync(sp => sp.GetRequiredService<RelationshipsDbContext>().Relationships
        .Where(r => r.RpoOrganisationId == Northbridge && r.CounterpartId == counterpartId).Select(r => r.Id).SingleAsync(Cancel));

    private Task RunRemindersTwiceAsync() =>
        Task.WhenAll(Enumerable.Range(0, 2).Select(_ => app.WithAsync(sp => sp.GetRequiredService<RelationshipReminders>().RunAsync(Cancel))));
}
