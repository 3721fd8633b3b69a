using System.Net;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Relationships.Data;
using InterimExchange.Relationships.Features.Reminders;
using InterimExchange.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static InterimExchange.Testing.Marketplace;

namespace InterimExchange.Relationships.Tests;

/// <summary>
/// Through the portals: a firm asks, through the coordinator, to meet the client executive of a routed brief; the coordinator
/// approves with another time and brings the executive in; the firm accepts; all three receive the calendar file; afterwards each
/// records what was agreed; six weeks later the relationship is due for keeping in touch, and its owner is told once.
/// </summary>
public sealed class ConversationJourneyTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private const string Maria = "maria.santos@meridianquality.example";
    private const string Amelia = "amelia.hart@northbridge.example";
    private const string Sofia = "sofia.lindqvist@valdora.example";
    private const string Daniel = "daniel.weber@regpath.example";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_firm_meets_the_client_executive_through_the_coordinator_and_the_relationship_keeps_the_record()
    {
        var relationshipId = await app.WithAsync(sp => sp.GetRequiredService<RelationshipsDbContext>().Relationships
            .Where(r => r.RpoOrganisationId == Northbridge && r.CounterpartId == Meridian).Select(r => r.Id).SingleAsync(Cancel));
        var maria = await app.SignedInAsync(Maria);
        (await maria.GetStringAsync($"/conversations/new?relationship={relationshipId}", Cancel)).ShouldContain("The client executive of a brief routed to you");

        // Bad input keeps what was typed and says what is wrong next to the field.
        var refused = await maria.PostFormAsync($"/conversations/new?relationship={relationshipId}", new()
        {
            ["Relationship"] = relationshipId.ToString(), ["ThroughCoordinator"] = "true", ["BriefId"] = DemoBriefs.QualityDirector.ToString(), ["Purpose"] = "",
            ["Format"] = "Video", ["Where"] = "https://meet.example/meridian", ["Minutes"] = "45", ["Time1"] = "2026-11-05T10:00", ["Time2"] = "2026-11-05T10:30",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var form = await refused.Content.ReadAsStringAsync(Cancel);
        form.ShouldShowErrorNextTo("Purpose", "Say in a sentence why you want to talk");
        form.ShouldContain("https://meet.example/meridian");

        var asked = await maria.PostFormAsync($"/conversations/new?relationship={relationshipId}", new()
        {
            ["Relationship"] = relationshipId.ToString(), ["ThroughCoordinator"] = "true", ["BriefId"] = DemoBriefs.QualityDirector.ToString(),
            ["Purpose"] = "We need to talk because we want to hear from Valdora how the inspection shapes the first 90 days.",
            ["Format"] = "Video", ["Where"] = "https://meet.example/meridian", ["Minutes"] = "45", ["Time1"] = "2026-11-05T10:00", ["Time2"] = "2026-11-05T14:00",
        });
        asked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = asked.Headers.Location!.OriginalString;
        var conversationId = Guid.Parse(page.Split('/').Last());

        // The coordinator owes the answer: it shows in decisions owed and on the brief for both sides, and the executive cannot see it yet.
        var amelia = await app.SignedInAsync(Amelia);
        (await amelia.GetStringAsync("/rpo/decisions", Cancel)).ShouldContain("how the inspection shapes the first 90 days");
        (await amelia.GetStringAsync($"/rpo/briefs/{DemoBriefs.QualityDirector}", Cancel)).ShouldContain("how the inspection shapes the first 90 days");
        (await maria.GetStringAsync($"/firm/briefs/{DemoBriefs.QualityDirector}", Cancel)).ShouldContain("how the inspection shapes the first 90 days");
        var sofia = await app.SignedInAsync(Sofia);
        (await sofia.GetAsync(page, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var sofiaId = await app.AccountAsync(Sofia);
        var approving = await amelia.PostFormAsync(page, new() { ["Time1"] = "2026-11-06T11:00" }, $"{page}?handler=Propose");
        (await approving.Content.ReadAsStringAsync(Cancel)).ShouldContain("Choose the client executive who will join");
        (await amelia.PostFormAsync(page, new() { ["Time1"] = "2026-11-06T11:00", ["Guest"] = sofiaId.ToString() }, $"{page}?handler=Propose"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await maria.GetStringAsync(page, Cancel)).ShouldContain("Fri 6 Nov 2026, 11:00 (Europe/Amsterdam, CET)");
        (await maria.PostFormAsync(page, new() { ["StartsAtUtc"] = "2026-11-06T10:00:00" }, $"{page}?handler=Accept")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // All three receive the invitation with a calendar file that parses to the agreed time, its people and its UID.
        foreach (var person in new[] { Maria, Amelia, Sofia })
        {
            var ics = await CalendarAttachmentAsync(person, "Conversation agreed");
            var invitation = Ical.Net.Calendar.Load(ics)!.Events.Single();
            invitation.DtStart!.AsUtc.ShouldBe(new DateTime(2026, 11, 6, 10, 0, 0));
            invitation.Uid.ShouldBe($"{conversationId:N}@interimexchange");
            invitation.Organizer!.Value!.ToString().ShouldBe($"mailto:{Maria}");
            invitation.Attendees.Select(a => a.Value!.ToString()).ShouldBe([$"mailto:{Amelia}", $"mailto:{Sofia}"], ignoreOrder: true);
        }

        // The executive is in it now; someone of another firm never reads it or its calendar file.
        (await sofia.GetAsync($"{page}/calendar.ics", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var daniel = await app.SignedInAsync(Daniel);
        (await daniel.GetAsync(page, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await daniel.GetAsync($"{page}/calendar.ics", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // After its time, each side records what was agreed; the next step is kept on the relationship.
        app.Clock.Advance(TimeSpan.FromDays(5));
        amelia = await app.SignedInAsync(Amelia);
        maria = await app.SignedInAsync(Maria);
        (await amelia.PostFormAsync(page, new() { ["Agreed"] = "Valdora wants the interim on site for the March inspection.", ["NextStep"] = "Meridian sends two profiles",
            ["NextStepOn"] = "2026-11-12" }, $"{page}?handler=Record")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await maria.PostFormAsync(page, new() { ["Agreed"] = "On site from February; inspection readiness first." }, $"{page}?handler=Record"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var relationship = await amelia.GetStringAsync($"/rpo/relationships/{relationshipId}", Cancel);
        relationship.ShouldContain("Valdora wants the interim on site for the March inspection.");
        relationship.ShouldContain("Meridian sends two profiles");

        // Notes are the writer's organisation's alone.
        (await amelia.PostFormAsync($"/rpo/relationships/{relationshipId}", new() { ["Note"] = "Maria prefers calls on Fridays." },
            $"/rpo/relationships/{relationshipId}?handler=Note")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await amelia.GetStringAsync($"/rpo/relationships/{relationshipId}", Cancel)).ShouldContain("Maria prefers calls on Fridays.");
        var firmSide = await maria.GetStringAsync($"/firm/relationships/{relationshipId}", Cancel);
        firmSide.ShouldContain("On site from February");
        firmSide.ShouldNotContain("Maria prefers calls on Fridays.");

        // So are next steps and keep-in-touch dates: the firm reads neither the coordinator's next step (on the relationship, in its list, in the
        // conversation's record) nor the RPO's cadence date, and keeps its own.
        const string RpoDue = "18 December 2026";
        (await amelia.GetStringAsync($"/rpo/relationships/{relationshipId}", Cancel)).ShouldContain($"Next keep-in-touch date: {RpoDue}.");
        foreach (var html in new[] { firmSide, await maria.GetStringAsync("/firm/relationships", Cancel), await maria.GetStringAsync(page, Cancel) })
        {
            html.ShouldNotContain("Meridian sends two profiles");
            html.ShouldNotContain(RpoDue);
            html.ShouldNotContain("18 Dec 2026");
        }

        (await amelia.GetStringAsync(page, Cancel)).ShouldContain("Meridian sends two profiles");
        (await maria.PostFormAsync($"/firm/relationships/{relationshipId}", new() { ["CadenceWeeks"] = "2" }, $"/firm/relationships/{relationshipId}?handler=Cadence"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await maria.GetStringAsync($"/firm/relationships/{relationshipId}", Cancel)).ShouldContain("Next keep-in-touch date: 20 November 2026.");
        (await amelia.GetStringAsync($"/rpo/relationships/{relationshipId}", Cancel)).ShouldContain($"Next keep-in-touch date: {RpoDue}.");
        daniel = await app.SignedInAsync(Daniel);
        (await daniel.GetAsync($"/firm/relationships/{relationshipId}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Six weeks after the conversation the relationship is due, with its reason, and its owner is told once although two runs race.
        (await amelia.GetStringAsync("/rpo", Cancel)).ShouldNotContain($"/rpo/relationships/{relationshipId}\">Meridian");
        app.Clock.Advance(TimeSpan.FromDays(42));
        var ameliaId = await app.AccountAsync(Amelia);
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => app.WithAsync(sp => sp.GetRequiredService<RelationshipReminders>().RunAsync(Cancel))));
        await app.NotificationAsync(ameliaId, "Keep in touch with Meridian Quality Interim");
        amelia = await app.SignedInAsync(Amelia);
        var home = await amelia.GetStringAsync("/rpo", Cancel);
        home.ShouldContain($"/rpo/relationships/{relationshipId}\">Meridian Quality Interim");
        home.ShouldContain("no contact since 6 November 2026");
        (await app.WithAsync(sp => sp.GetRequiredService<RelationshipsDbContext>().Reminders
            .CountAsync(r => r.SubjectId == relationshipId && r.Kind == "keep-in-touch" && r.Day == new DateOnly(2026, 12, 18), Cancel))).ShouldBe(1);
        (await app.NotificationsAsync(ameliaId)).Count(n => n.Title == "Keep in touch with Meridian Quality Interim" && n.Body.Contains("6 November")).ShouldBe(1);

        // Logging a contact clears it.
        (await amelia.PostFormAsync($"/rpo/relationships/{relationshipId}", new() { ["Kind"] = "Call", ["On"] = "2026-12-19", ["Summary"] = "Caught up on the engagement." },
            $"/rpo/relationships/{relationshipId}?handler=Contact")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await amelia.GetStringAsync("/rpo", Cancel)).ShouldNotContain($"/rpo/relationships/{relationshipId}\">Meridian");
    }

    private async Task<string> CalendarAttachmentAsync(string to, string subject)
    {
        await app.EmailToAsync(to, subject);
        var message = Directory.EnumerateFiles(app.MailFolder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
            .First(m => m.To.Mailboxes.Any(x => x.Address == to) && m.Subject?.Contains(subject, StringComparison.Ordinal) == true);
        var part = message.Attachments.OfType<MimeKit.MimePart>().Single(a => a.ContentType.MimeType == "text/calendar");
        using var stream = new MemoryStream();
        await part.Content!.DecodeToAsync(stream, Cancel);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
