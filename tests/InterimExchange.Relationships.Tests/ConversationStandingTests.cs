using System.Net;
using InterimExchange.Relationships.Data;
using InterimExchange.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static InterimExchange.Testing.Marketplace;

namespace InterimExchange.Relationships.Tests;

/// <summary>
/// Through the portals, a coordinator on London time asks a firm for a conversation. What each person did shows beside their name;
/// each side is told in the app what the other did (an acceptance or a move without a second email, as the calendar email carries
/// it), with times on the reader's clock; a request the firm has answered no longer counts as new; a move's reason is on the page,
/// in every email and in the calendar file.
/// </summary>
public sealed class ConversationStandingTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private const string Amelia = "amelia.hart@northbridge.example";
    private const string Daniel = "daniel.weber@regpath.example";
    private const string MoveReason = "The client board meeting moved to that morning.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_firm_accepting_shows_as_accepted_tells_the_coordinator_in_the_app_and_a_move_carries_its_reason_everywhere()
    {
        var (amelia, daniel, page) = await AskAsync("We need to talk because your regulatory bench may fit two briefs this winter.");
        var danielId = await app.AccountAsync(Daniel);
        var ameliaId = await app.AccountAsync(Amelia);
        var conversationId = page.Split('/')[^1];

        (await daniel.GetStringAsync(page, Cancel)).ShouldContain("Daniel Weber, RegPath Interim: Invited, has not answered yet");
        var ask = await app.NotificationAsync(danielId, "Amelia Hart asks for a conversation");
        ask.Read.ShouldBeFalse();

        (await daniel.PostFormAsync(page, new() { ["StartsAtUtc"] = "2026-11-10T10:00:00" }, $"{page}?handler=Accept")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var agreed = await amelia.GetStringAsync(page, Cancel);
        agreed.ShouldContain("Daniel Weber, RegPath Interim: Accepted");
        agreed.ShouldContain("Amelia Hart, Northbridge Talent Partners: Asked for the conversation");
        agreed.ShouldNotContain("Invited");
        var accepted = await app.NotificationAsync(ameliaId, "Daniel Weber accepted the conversation");
        accepted.Link.ShouldBe(page);
        accepted.Body.ShouldContain("Tue 10 Nov 2026, 10:00 (Europe/London");
        await app.EmailToAsync(Amelia, "Conversation agreed");
        await app.QuietAsync();
        (await app.EmailCountAsync(Amelia, "accepted the conversation")).ShouldBe(0, "the calendar email already told her");
        (await app.NotificationsAsync(danielId)).Where(n => n.Link == page).ShouldAllBe(n => n.Read, "he answered the request");

        // The coordinator moves it, with a reason everyone reads: on the page, in the email and the calendar file, and in the app.
        (await amelia.PostFormAsync(page, new() { ["Time"] = "2026-11-12T14:00", ["Reason"] = MoveReason }, $"{page}?handler=Move")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        foreach (var session in new[] { amelia, daniel })
        {
            var moved = await session.GetStringAsync(page, Cancel);
            moved.ShouldContain($"Moved by Amelia Hart on ");
            moved.ShouldContain($"Why: {MoveReason}");
        }

        var email = await app.EmailToAsync(Daniel, "Conversation moved");
        email.ShouldContain($"Why: {MoveReason}");
        email.ShouldContain("Thu 12 Nov 2026, 15:00 (Europe/Amsterdam");
        var update = Ical.Net.Calendar.Load(await app.CalendarFileAsync(Daniel, "Conversation moved"))!.Events.Single();
        update.Uid.ShouldBe($"{Guid.Parse(conversationId):N}@interimexchange");
        update.Description!.ShouldContain(MoveReason);
        (await app.EmailToAsync(Amelia, "Conversation moved")).ShouldContain($"Why: {MoveReason}");
        var told = await app.NotificationAsync(danielId, "Amelia Hart moved the conversation");
        told.Body.ShouldContain(MoveReason);
        told.Body.ShouldContain("Thu 12 Nov 2026, 15:00 (Europe/Amsterdam");
        await app.QuietAsync();
        (await app.EmailCountAsync(Daniel, "moved the conversation")).ShouldBe(0, "the calendar update already told him");
    }

    [Fact]
    public async Task Other_times_and_a_decline_show_beside_each_name_and_each_side_is_told_in_the_app()
    {
        var (amelia, daniel, page) = await AskAsync("We need to talk because a client asks about regulatory interims in January.");
        var danielId = await app.AccountAsync(Daniel);
        var ameliaId = await app.AccountAsync(Amelia);
        await app.NotificationAsync(danielId, "Amelia Hart asks for a conversation");

        (await daniel.PostFormAsync(page, new() { ["Time1"] = "2026-11-11T09:00" }, $"{page}?handler=Propose")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var countered = await amelia.GetStringAsync(page, Cancel);
        countered.ShouldContain("Daniel Weber, RegPath Interim: Proposed other times");
        countered.ShouldContain("Amelia Hart, Northbridge Talent Partners: Asked for the conversation");
        (await app.NotificationAsync(ameliaId, "Daniel Weber proposed other times")).Link.ShouldBe(page);
        await app.QuietAsync();
        (await app.NotificationsAsync(danielId)).Where(n => n.Link == page).ShouldAllBe(n => n.Read, "he answered with other times");

        (await amelia.PostFormAsync(page, new() { ["Reason"] = "The client chose a permanent hire." }, $"{page}?handler=Decline")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var declined = await daniel.GetStringAsync(page, Cancel);
        declined.ShouldContain("Amelia Hart, Northbridge Talent Partners: Declined");
        declined.ShouldContain("Daniel Weber, RegPath Interim: Proposed other times");
        (await app.NotificationAsync(danielId, "Amelia Hart declined the conversation")).Body.ShouldContain("The client chose a permanent hire.");
        await app.QuietAsync();
        (await app.NotificationsAsync(ameliaId)).Where(n => n.Link == page).ShouldAllBe(n => n.Read, "she answered the other times");
    }

    [Fact]
    public async Task A_request_cancelled_before_its_answer_is_told_to_the_other_side_in_the_app_and_by_email()
    {
        var (amelia, _, page) = await AskAsync("We need to talk because a client may need a regulatory interim in March.");
        (await amelia.PostFormAsync(page, new() { ["Reason"] = "The client filled the role internally." }, $"{page}?handler=Cancel")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var told = await app.NotificationAsync(await app.AccountAsync(Daniel), "Amelia Hart cancelled the conversation");
        told.Link.ShouldBe(page);
        told.Body.ShouldContain("Why: The client filled the role internally.");
        (await app.EmailToAsync(Daniel, "Amelia Hart cancelled the conversation")).ShouldContain("The client filled the role internally.");
    }

    /// <summary>The coordinator, on London time, asks the firm's Daniel for a conversation on 10 November.</summary>
    private async Task<(HttpClient Amelia, HttpClient Daniel, string Page)> AskAsync(string purpose)
    {
        var relationshipId = await app.WithAsync(sp => sp.GetRequiredService<RelationshipsDbContext>().Relationships
            .Where(r => r.RpoOrganisationId == Northbridge && r.CounterpartName == "RegPath Interim").Select(r => r.Id).SingleAsync(Cancel));
        var amelia = await app.SignedInAsync(Amelia);
        (await amelia.PostFormAsync("/settings", new() { ["TimeZone"] = "Europe/London" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        amelia = await app.SignedInAsync(Amelia);
        var asked = await amelia.PostFormAsync($"/conversations/new?relationship={relationshipId}", new()
        {
            ["Relationship"] = relationshipId.ToString(), ["With"] = (await app.AccountAsync(Daniel)).ToString(), ["Purpose"] = purpose, ["Format"] = "Video",
            ["Where"] = "https://meet.example/northbridge-regpath", ["Minutes"] = "45", ["Time1"] = "2026-11-10T10:00", ["Time2"] = "2026-11-10T15:00",
        });
        asked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (amelia, await app.SignedInAsync(Daniel), asked.Headers.Location!.OriginalString);
    }
}
