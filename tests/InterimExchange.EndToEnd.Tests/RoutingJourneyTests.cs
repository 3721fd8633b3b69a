using InterimExchange.Testing;
using Microsoft.Playwright;

namespace InterimExchange.EndToEnd.Tests;

/// <summary>A coordinator routes a confirmed brief to three firms with personal notes; one firm is interested, one declines; the coordinator sees both.</summary>
public sealed class RoutingJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task A_routed_brief_reaches_the_firms_and_their_answers_reach_the_coordinator() =>
        browser.JourneyAsync("routing-journey", async people =>
        {
            var coordinator = await people.NewPersonAsync();
            await coordinator.SignInAsync("amelia.hart@northbridge.example");
            await coordinator.GetByRole(AriaRole.Link, new() { Name = "Interim Director of Regulatory Affairs" }).ClickAsync();
            await coordinator.GetByRole(AriaRole.Link, new() { Name = "Route to firms" }).ClickAsync();

            // Recommendations come from routing's own view of the network, once the firm network's events have been consumed. The page
            // refreshes itself only until the brief has reached routing; a firm reaching routing's directory later needs a reload.
            var regPathHint = coordinator.GetByRole(AriaRole.Group, new() { Name = "RegPath Interim" }).Locator(".hint");
            await coordinator.ReloadUntilAsync(regPathHint, "RegPath Interim among the recommendations");
            await Assertions.Expect(regPathHint).ToContainTextAsync("Specialises in Pharma and life sciences × Regulatory affairs");
            await coordinator.GetByLabel("Personal note to RegPath Interim").FillAsync("Daniel, your EMA variation work for Rhein Pharma is exactly what Valdora needs.");
            // Only the full fit starts chosen: Meridian (pharma quality) is a partial fit that says what does not fit, chosen on purpose.
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Group, new() { Name = "RegPath Interim" }).GetByRole(AriaRole.Checkbox)).ToBeCheckedAsync();
            var meridianChoice = coordinator.GetByRole(AriaRole.Group, new() { Name = "Meridian Quality Interim" });
            await Assertions.Expect(meridianChoice.Locator(".partial")).ToContainTextAsync("Partial fit. What does not fit: No regulatory affairs practice");
            await Assertions.Expect(meridianChoice.GetByRole(AriaRole.Checkbox)).Not.ToBeCheckedAsync();
            await meridianChoice.GetByRole(AriaRole.Checkbox).CheckAsync();
            await coordinator.GetByLabel("Personal note to Meridian Quality Interim").FillAsync("Maria, a pharma client in Leiden you know well.");
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Confirm the routing" }).ClickAsync();
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Brief routed to 2 firms");

            // RegPath reads the brief, led by its success criteria and the personal note, and is interested.
            var regpath = await people.NewPersonAsync();
            await regpath.SignInAsync("daniel.weber@regpath.example");
            // The routing reaches the firm's inbox through an event; the inbox does not refresh itself.
            var regpathBrief = regpath.GetByRole(AriaRole.Link, new() { Name = "Interim Director of Regulatory Affairs" });
            await regpath.ReloadUntilAsync(regpathBrief, "the routed brief in the firm's inbox");
            await regpathBrief.ClickAsync();
            await Assertions.Expect(regpath.GetByRole(AriaRole.Heading, new() { Level = 2 }).First).ToHaveTextAsync("What success looks like");
            await Assertions.Expect(regpath.GetByText("Daniel, your EMA variation work for Rhein Pharma")).ToBeVisibleAsync();
            await regpath.GetByLabel("A note to the coordinator (optional)").FillAsync("We have two EU regulatory directors available in January.");
            await regpath.GetByRole(AriaRole.Button, new() { Name = "We are interested" }).ClickAsync();
            await Assertions.Expect(regpath.GetByRole(AriaRole.Status)).ToContainTextAsync("the coordinator knows you are interested");

            // Meridian declines, with a reason.
            var meridian = await people.NewPersonAsync();
            await meridian.SignInAsync("maria.santos@meridianquality.example");
            // The routing reaches the firm's inbox through an event; the inbox does not refresh itself.
            var meridianBrief = meridian.GetByRole(AriaRole.Link, new() { Name = "Interim Director of Regulatory Affairs" });
            await meridian.ReloadUntilAsync(meridianBrief, "the routed brief in the firm's inbox");
            await meridianBrief.ClickAsync();
            await meridian.GetByLabel("Or decline, because").SelectOptionAsync(new SelectOptionValue { Label = "No fit" });
            await meridian.GetByRole(AriaRole.Button, new() { Name = "Decline" }).ClickAsync();
            await Assertions.Expect(meridian.GetByRole(AriaRole.Status)).ToContainTextAsync("the coordinator knows you decline");

            // The coordinator sees both answers.
            await TestServices.Eventually(async () =>
            {
                await coordinator.ReloadAsync();
                var answers = await coordinator.Locator("#responses").InnerTextAsync();
                return answers.Contains("Interested", StringComparison.Ordinal) && answers.Contains("Declined: No fit", StringComparison.Ordinal);
            }, TimeSpan.FromSeconds(20), "both answers on the routing page");
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Row, new() { Name = "RegPath Interim" })).ToContainTextAsync("We have two EU regulatory directors available in January.");
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Row, new() { Name = "Meridian Quality Interim" })).ToContainTextAsync("Declined: No fit");
        });
}
