using Microsoft.Playwright;

namespace InterimExchange.EndToEnd.Tests;

/// <summary>
/// The coordinator asks a firm for a conversation and the firm accepts a time: from then on both find it, on a laptop and on a
/// phone, under "Upcoming conversations" on their home and under Upcoming on the Conversations page the navigation leads to, and
/// axe finds nothing wrong with either page.
/// </summary>
public sealed class ConversationListJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Amelia = "amelia.hart@northbridge.example";
    private const string Maria = "maria.santos@meridianquality.example";
    private const string Purpose = "We need to talk because Northbridge wants to plan next quarter's quality briefs with you.";

    [Fact]
    public Task An_agreed_conversation_is_found_on_both_sides_homes_and_conversations_pages_on_a_laptop_and_a_phone() =>
        browser.JourneyAsync("conversation-list-journey", async people =>
        {
            // The coordinator asks the firm for a conversation from their relationship.
            var coordinator = await people.NewPersonAsync();
            await coordinator.SignInAsync(Amelia);
            await coordinator.GotoAsync("/rpo/relationships");
            await coordinator.Locator("table.list").GetByRole(AriaRole.Link, new() { Name = "Meridian Quality Interim" }).ClickAsync();
            await coordinator.GetByRole(AriaRole.Link, new() { Name = "Ask for a conversation" }).ClickAsync();
            await coordinator.GetByLabel("Person", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Maria Santos, Meridian Quality Interim" });
            await coordinator.GetByLabel("We need to talk because…").FillAsync(Purpose);
            await coordinator.GetByLabel("Video call").CheckAsync();
            await coordinator.GetByLabel("Video link or meeting place").FillAsync("https://meet.example/northbridge-meridian");
            await coordinator.GetByLabel("Length in minutes").FillAsync("30");
            await coordinator.GetByLabel("First time", new() { Exact = true }).FillAsync("2026-11-09T10:00");
            await coordinator.GetByLabel("Second time", new() { Exact = true }).FillAsync("2026-11-09T14:00");
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Ask for the conversation" }).ClickAsync();
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Conversation asked for");
            var conversation = new Uri(coordinator.Url).AbsolutePath;

            // Until the firm answers, it awaits the firm's answer on the coordinator's Conversations page.
            await coordinator.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Conversations" }).ClickAsync();
            await Assertions.Expect(coordinator.Locator("#awaiting")).ToContainTextAsync(Purpose);
            await Assertions.Expect(coordinator.Locator("#awaiting")).ToContainTextAsync("They do, Maria Santos (Meridian Quality Interim)");

            // The firm accepts the first time, on her phone.
            var firm = await people.NewPersonAsync(phone: true);
            await firm.SignInAsync(Maria);
            await firm.GotoAsync(conversation);
            await firm.GetByRole(AriaRole.Radio).First.CheckAsync();
            await firm.GetByRole(AriaRole.Button, new() { Name = "Accept this time" }).ClickAsync();
            await Assertions.Expect(firm.GetByRole(AriaRole.Status)).ToContainTextAsync("Accepted");

            // Both find it, on a laptop and on a phone: on their home, and under Upcoming on the Conversations page, each page clean for axe.
            foreach (var (email, home) in new[] { (Amelia, "/rpo"), (Maria, "/firm") })
            {
                foreach (var phone in new[] { false, true })
                {
                    var page = await people.NewPersonAsync(phone);
                    await page.SignInAsync(email);
                    await page.GotoAsync(home);
                    var upcoming = page.Locator("#upcoming-conversations");
                    await Assertions.Expect(upcoming).ToContainTextAsync(Purpose);
                    await Assertions.Expect(upcoming.GetByRole(AriaRole.Link, new() { Name = "Calendar file" }).First).ToBeVisibleAsync();
                    await NoAxeViolationsAsync(page, $"{home} for {email}{(phone ? " on a phone" : "")}");

                    await upcoming.GetByRole(AriaRole.Link, new() { Name = "See all conversations" }).ClickAsync();
                    await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/conversations$"));
                    await Assertions.Expect(page.Locator("#upcoming")).ToContainTextAsync(Purpose);
                    await Assertions.Expect(page.Locator("#awaiting")).Not.ToContainTextAsync(Purpose);
                    await Assertions.Expect(page.Locator("a[aria-current=page]", new() { HasText = "Conversations" })).ToBeVisibleAsync();
                    await NoAxeViolationsAsync(page, $"/conversations for {email}{(phone ? " on a phone" : "")}");
                }
            }
        });

    private static async Task NoAxeViolationsAsync(IPage page, string what)
    {
        var found = await page.AxeViolationsAsync();
        found.ShouldBeEmpty($"axe on {what}: {string.Join("; ", found)}");
    }
}
