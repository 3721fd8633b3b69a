using InterimExchange.Testing;
using Microsoft.Playwright;

namespace InterimExchange.EndToEnd.Tests;

/// <summary>
/// A coordinator asks a firm for a conversation; the firm accepts a time from its home, and its request stops counting as new; the
/// coordinator reads "Accepted" beside the firm's name and is told in the app; she moves it with a reason, which both sides read on
/// the conversation's page.
/// </summary>
public sealed class ConversationStandingJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Amelia = "amelia.hart@northbridge.example";
    private const string Daniel = "daniel.weber@regpath.example";
    private const string Purpose = "We need to talk because two winter briefs need regulatory interims.";
    private const string Reason = "The client board meeting moved to that morning.";

    [Fact]
    public Task The_coordinator_sees_the_firm_accept_and_both_sides_read_why_it_moved() =>
        browser.JourneyAsync("conversation-standing", async people =>
        {
            var coordinator = await people.NewPersonAsync();
            await coordinator.SignInAsync(Amelia);
            await coordinator.GotoAsync("/rpo/relationships");
            await coordinator.Locator("table.list").GetByRole(AriaRole.Link, new() { Name = "RegPath Interim" }).ClickAsync();
            await coordinator.GetByRole(AriaRole.Link, new() { Name = "Ask for a conversation" }).ClickAsync();
            await coordinator.Locator("select[name=With]").SelectOptionAsync(new SelectOptionValue { Label = "Daniel Weber, RegPath Interim" });
            await coordinator.GetByLabel("We need to talk because…").FillAsync(Purpose);
            await coordinator.GetByLabel("Video call").CheckAsync();
            await coordinator.GetByLabel("Video link or meeting place").FillAsync("https://meet.example/northbridge-regpath-winter");
            await coordinator.GetByLabel("Length in minutes").FillAsync("45");
            await coordinator.GetByLabel("First time", new() { Exact = true }).FillAsync("2026-11-10T10:00");
            await coordinator.GetByLabel("Second time", new() { Exact = true }).FillAsync("2026-11-10T15:00");
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Ask for the conversation" }).ClickAsync();
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Conversation asked for");
            var conversation = new Uri(coordinator.Url).AbsolutePath;
            var standing = coordinator.Locator("section", new() { Has = coordinator.GetByRole(AriaRole.Heading, new() { Name = "People" }) });
            await Assertions.Expect(standing).ToContainTextAsync("Daniel Weber, RegPath Interim: Invited, has not answered yet");

            // The firm answers from its home: it accepts the first time.
            var firm = await people.NewPersonAsync();
            await firm.SignInAsync(Daniel);
            await firm.GotoAsync("/firm");
            await firm.Locator("#conversations tr", new() { HasText = Purpose }).GetByRole(AriaRole.Link, new() { Name = "Answer" }).ClickAsync();
            await firm.GetByLabel("Tue 10 Nov 2026, 10:00 (Europe/Amsterdam, CET)").CheckAsync();
            await firm.GetByRole(AriaRole.Button, new() { Name = "Accept this time" }).ClickAsync();
            await Assertions.Expect(firm.GetByRole(AriaRole.Status)).ToContainTextAsync("Accepted");

            // The request he answered is no longer new in his notifications.
            await firm.GotoAsync("/notifications");
            await firm.ReloadUntilAsync(firm.Locator("li.read", new() { HasText = "Amelia Hart asks for a conversation" }), "the answered request, read");

            // The coordinator reads that he accepted, beside his name and in her notifications.
            await coordinator.GotoAsync(conversation);
            await Assertions.Expect(standing).ToContainTextAsync("Daniel Weber, RegPath Interim: Accepted");
            await coordinator.GotoAsync("/notifications");
            await coordinator.ReloadUntilAsync(coordinator.Locator("li.unread", new() { HasText = "Daniel Weber accepted the conversation" }), "the acceptance");
            await Assertions.Expect(coordinator.Locator("li", new() { HasText = "Daniel Weber accepted the conversation" })).ToContainTextAsync("Tue 10 Nov 2026, 10:00 (Europe/Amsterdam, CET)");

            // She moves it with a reason: both sides read it on the page.
            await coordinator.GotoAsync(conversation);
            await coordinator.GetByLabel("New time").FillAsync("2026-11-12T14:00");
            await coordinator.GetByLabel("Why it moves").FillAsync(Reason);
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Move and send the update" }).ClickAsync();
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Moved");
            await Assertions.Expect(coordinator.Locator("#moved")).ToContainTextAsync(Reason);
            await firm.GotoAsync(conversation);
            await Assertions.Expect(firm.Locator("#moved")).ToContainTextAsync($"Moved by Amelia Hart on ");
            await Assertions.Expect(firm.Locator("#moved")).ToContainTextAsync(Reason);
            await Assertions.Expect(firm.Locator("#agreed")).ToContainTextAsync("Thu 12 Nov 2026, 14:00 (Europe/Amsterdam, CET)");
        });
}
