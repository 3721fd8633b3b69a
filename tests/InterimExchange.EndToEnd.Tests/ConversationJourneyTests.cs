using InterimExchange.Testing;
using Microsoft.Playwright;

namespace InterimExchange.EndToEnd.Tests;

/// <summary>
/// A firm on a routed brief asks for a conversation with the client executive; the coordinator approves, brings the executive in
/// and proposes another time; the firm accepts; all three receive the invitation with its calendar file over real SMTP; after the
/// time each records what was agreed; the relationship shows it; six weeks later it is due under "Keep in touch", with its reason.
/// </summary>
public sealed class ConversationJourneyTests(SmtpBrowserFixture browser) : IClassFixture<SmtpBrowserFixture>
{
    private const string Maria = "maria.santos@meridianquality.example";
    private const string Amelia = "amelia.hart@northbridge.example";
    private const string Sofia = "sofia.lindqvist@valdora.example";
    private const string Purpose = "We need to talk because we want Valdora's view of the first 90 days before we propose.";

    [Fact]
    public Task A_firm_meets_the_client_executive_through_the_coordinator_and_everyone_gets_the_invitation() =>
        browser.JourneyAsync("conversation-journey", async people =>
        {
            // The firm asks, from its relationship with the RPO, to meet the executive of the brief routed to it.
            var firm = await people.NewPersonAsync();
            await firm.SignInAsync(Maria);
            await firm.GetByRole(AriaRole.Link, new() { Name = "Your relationships with RPOs" }).ClickAsync();
            await firm.GetByRole(AriaRole.Link, new() { Name = "Northbridge Talent Partners" }).ClickAsync();
            await firm.GetByRole(AriaRole.Link, new() { Name = "Ask for a conversation" }).ClickAsync();
            await firm.GetByLabel("The client executive of a brief routed to you").CheckAsync();
            await firm.GetByLabel("About a brief (optional)").SelectOptionAsync(new SelectOptionValue { Label = "Interim Quality Director, Biologics" });
            await firm.GetByLabel("We need to talk because…").FillAsync(Purpose);
            await firm.GetByLabel("Video call").CheckAsync();
            await firm.GetByLabel("Video link or meeting place").FillAsync("https://meet.example/meridian-valdora");
            await firm.GetByLabel("Length in minutes").FillAsync("45");
            await firm.GetByLabel("First time", new() { Exact = true }).FillAsync("2026-11-05T10:00");
            await firm.GetByLabel("Second time", new() { Exact = true }).FillAsync("2026-11-05T14:00");
            await firm.GetByRole(AriaRole.Button, new() { Name = "Ask for the conversation" }).ClickAsync();
            await Assertions.Expect(firm.GetByRole(AriaRole.Status)).ToContainTextAsync("Conversation asked for");
            var conversation = firm.Url;

            // The coordinator owes the answer: it is on their home; they approve with another time and bring the executive in.
            var coordinator = await people.NewPersonAsync();
            await coordinator.SignInAsync(Amelia);
            await coordinator.Locator("#decisions").GetByRole(AriaRole.Link, new() { Name = "Answer" }).ClickAsync();
            await coordinator.GetByLabel("The client executive who joins").Last.SelectOptionAsync(new SelectOptionValue { Label = "Dr Sofia Lindqvist, Valdora Pharma" });
            await coordinator.GetByLabel("First time", new() { Exact = true }).FillAsync("2026-11-06T11:00");
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Propose these times" }).ClickAsync();
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Other times proposed");

            // The firm accepts the coordinator's time.
            await firm.GotoAsync(conversation);
            await firm.GetByLabel("Fri 6 Nov 2026, 11:00 (Europe/Amsterdam, CET)").CheckAsync();
            await firm.GetByRole(AriaRole.Button, new() { Name = "Accept this time" }).ClickAsync();
            await Assertions.Expect(firm.GetByRole(AriaRole.Status)).ToContainTextAsync("Accepted");

            // All three receive the invitation over SMTP, with a calendar file for the agreed time and one UID.
            var uids = new HashSet<string>();
            foreach (var person in new[] { Maria, Amelia, Sofia })
            {
                var email = await browser.Sink.MessageAsync(person, "Conversation agreed");
                (email.TextBody ?? "").ShouldContain(Purpose);
                var part = email.Attachments.OfType<MimeKit.MimePart>().Single(a => a.ContentType.MimeType == "text/calendar");
                using var content = new MemoryStream();
                await part.Content!.DecodeToAsync(content);
                var invitation = Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!.Events.Single();
                invitation.DtStart!.AsUtc.ShouldBe(new DateTime(2026, 11, 6, 10, 0, 0));
                invitation.Attendees.Count.ShouldBe(2);
                uids.Add(invitation.Uid!);
            }

            uids.Count.ShouldBe(1);

            // After the time, each of the three records what was agreed.
            browser.App.Clock.Advance(TimeSpan.FromDays(5));
            var executive = await people.NewPersonAsync();
            foreach (var (page, email, agreed) in new[]
            {
                (coordinator, Amelia, "Valdora wants the interim on site for the March inspection."),
                (firm, Maria, "Meridian proposes two inspection-ready candidates."),
                (executive, Sofia, "Start by 1 February; quality systems first."),
            })
            {
                await page.SignInAsync(email);
                await page.GotoAsync(conversation);
                await page.GetByLabel("One line of what was agreed").FillAsync(agreed);
                await page.GetByRole(AriaRole.Button, new() { Name = "Record", Exact = true }).ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Recorded");
            }

            // The coordinator's relationship with the firm shows it.
            await coordinator.GotoAsync("/rpo/relationships");
            await coordinator.Locator("table.list").GetByRole(AriaRole.Link, new() { Name = "Meridian Quality Interim" }).ClickAsync();
            await Assertions.Expect(coordinator.Locator("#timeline")).ToContainTextAsync("Valdora wants the interim on site for the March inspection.");

            // Six weeks later the relationship is due for keeping in touch, with a reason drawn from the record.
            browser.App.Clock.Advance(TimeSpan.FromDays(42));
            await coordinator.SignInAsync(Amelia);
            await coordinator.GotoAsync("/rpo");
            var keepInTouch = coordinator.Locator("#keep-in-touch");
            await Assertions.Expect(keepInTouch).ToContainTextAsync("Meridian Quality Interim");
            await Assertions.Expect(keepInTouch).ToContainTextAsync("no contact since 6 November 2026");
        });
}
