using InterimExchange.Accounts.Contracts;
using InterimExchange.Testing;
using Microsoft.Playwright;

namespace InterimExchange.EndToEnd.Tests;

/// <summary>
/// A coordinator drafts a brief and invites the client's executive; the executive follows the emailed link, briefs in two
/// sittings and submits; the coordinator asks for one section to be clarified; the executive answers; the coordinator confirms.
/// </summary>
public sealed class BriefingJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string ExecutivePassword = "Valdora-Manufacturing-1";

    [Fact]
    public Task A_brief_goes_from_draft_to_confirmed_success_criteria() =>
        browser.JourneyAsync("briefing-journey", async people =>
        {
            const string executiveEmail = "jonas.berg@valdora.example";
            var coordinator = await people.NewPersonAsync();
            await coordinator.SignInAsync("amelia.hart@northbridge.example", DemoAccounts.Password);

            // The client's executive is added to the client company.
            await coordinator.GotoAsync("/rpo/clients");
            await coordinator.GetByRole(AriaRole.Link, new() { Name = "Valdora Pharma" }).ClickAsync();
            await coordinator.GetByLabel("Name").FillAsync("Jonas Berg");
            await coordinator.GetByLabel("Job title").FillAsync("Site Director, Leiden");
            await coordinator.GetByLabel("Email").FillAsync(executiveEmail);
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Add the executive" }).ClickAsync();
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Jonas Berg added");

            // The coordinator drafts the brief.
            await coordinator.GetByRole(AriaRole.Link, new() { Name = "Draft a brief for Valdora Pharma" }).ClickAsync();
            await coordinator.GetByLabel("Role title").FillAsync("Interim Validation Lead");
            await coordinator.GetByLabel("Function").SelectOptionAsync(new SelectOptionValue { Label = "Quality" });
            await coordinator.GetByLabel("Seniority").SelectOptionAsync(new SelectOptionValue { Label = "Head of function" });
            await coordinator.GetByLabel("Region").SelectOptionAsync(new SelectOptionValue { Label = "Benelux" });
            await coordinator.GetByLabel("Location").FillAsync("Leiden, NL");
            await coordinator.GetByLabel("Remote policy").SelectOptionAsync(new SelectOptionValue { Label = "On site" });
            await coordinator.GetByLabel("Expected start").FillAsync(DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd"));
            await coordinator.GetByLabel("Expected duration (months)").FillAsync("6");
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "Interim Validation Lead", Level = 1 })).ToBeVisibleAsync();
            var briefUrl = coordinator.Url;

            // ... and invites Jonas.
            await coordinator.GetByLabel("Invite an executive to brief").SelectOptionAsync(new SelectOptionValue { Label = "Jonas Berg, Site Director, Leiden" });
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Invitation sent");
            await Assertions.Expect(coordinator.Locator("#invitation")).ToContainTextAsync("Sent");

            // First sitting: the link from the email, a new account, the context and two of three criteria... then a break.
            var email = await browser.App.EmailToAsync(executiveEmail, "Please brief us on the Interim Validation Lead");
            var link = PortalFactory.LinkIn(email, "/account/briefing");
            var executive = await people.NewPersonAsync();
            await executive.GotoAsync(link);
            await executive.GetByLabel("Your name").FillAsync("Jonas Berg");
            await executive.GetByLabel("Password").FillAsync(ExecutivePassword);
            await executive.GetByRole(AriaRole.Button, new() { Name = "Start the briefing" }).ClickAsync();
            await Assertions.Expect(executive.GetByRole(AriaRole.Heading, new() { Name = "Context", Level = 2 })).ToBeVisibleAsync();
            await executive.GetByLabel("The situation: what is happening in the business?").FillAsync("Our validation master plan is two years out of date and a new filling line starts in spring.");
            await executive.GetByLabel("Why now?").FillAsync("Line qualification must start in eight weeks.");
            await executive.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
            await Criterion(executive, 0, "Validation master plan approved", "Signed off by QA and the site director", "90 days");
            await Criterion(executive, 1, "New filling line qualified", "IQ/OQ/PQ reports approved", "180 days");
            await executive.GetByRole(AriaRole.Button, new() { Name = "Save and come back later" }).ClickAsync();
            await Assertions.Expect(executive.GetByRole(AriaRole.Status)).ToContainTextAsync("Come back to this briefing at any time");
            await Assertions.Expect(executive.GetByRole(AriaRole.Row, new() { Name = "Interim Validation Lead" })).ToContainTextAsync("In progress");

            // Second sitting: signed in again, the saved answers are there; the third criterion and the rest, then submit.
            await executive.SignOutAsync();
            await executive.SignInAsync(executiveEmail, ExecutivePassword);
            await executive.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
            await Assertions.Expect(executive.GetByLabel("Why now?")).ToHaveValueAsync("Line qualification must start in eight weeks.");
            await executive.GetByRole(AriaRole.Link, new() { Name = "Success criteria" }).ClickAsync();
            await Assertions.Expect(executive.Locator("#Input_SuccessCriteria_1__Outcome")).ToHaveValueAsync("New filling line qualified");
            await Criterion(executive, 2, "Validation team able to run on its own", "Two team leads signed off as validation owners", "End of assignment");
            await executive.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
            await executive.GetByLabel("The interim's mandate").FillAsync("Own validation for the site, reporting to the site director.");
            await executive.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
            await executive.GetByLabel("Must-haves").FillAsync("Has qualified a sterile filling line.");
            await executive.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
            await executive.GetByLabel("Days on site per week").FillAsync("4");
            await executive.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
            await executive.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
            await Assertions.Expect(executive.GetByRole(AriaRole.Heading, new() { Name = "Review and submit" })).ToBeVisibleAsync();
            await executive.GetByRole(AriaRole.Button, new() { Name = "Submit the briefing" }).ClickAsync();
            await Assertions.Expect(executive.GetByRole(AriaRole.Status)).ToContainTextAsync("your briefing is submitted");

            // The coordinator reads the briefing and asks for one section to be clarified.
            await coordinator.GotoAsync(briefUrl);
            await Assertions.Expect(coordinator.Locator("#briefing")).ToContainTextAsync("Validation team able to run on its own");
            await coordinator.GetByLabel("Success criteria", new() { Exact = true }).CheckAsync();
            await coordinator.GetByLabel("What needs clarifying").FillAsync("How will you judge that the team runs on its own?");
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Ask for clarification" }).ClickAsync();
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Clarification asked");

            // The executive sees exactly what to clarify, answers, and submits again.
            await executive.GotoAsync("/client");
            await Assertions.Expect(executive.GetByRole(AriaRole.Row, new() { Name = "Interim Validation Lead" })).ToContainTextAsync("Clarification asked");
            await executive.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
            await Assertions.Expect(executive.Locator(".notice")).ToContainTextAsync("How will you judge that the team runs on its own?");
            await executive.GetByRole(AriaRole.Link, new() { Name = "Success criteria" }).ClickAsync();
            await executive.Locator("#Input_SuccessCriteria_2__Measure").FillAsync("Two team leads approve protocols without the interim for a full month");
            await executive.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
            await executive.GotoAsync(executive.Url[..executive.Url.LastIndexOf('/')] + "/review");
            await executive.GetByRole(AriaRole.Button, new() { Name = "Submit the briefing" }).ClickAsync();
            await Assertions.Expect(executive.GetByRole(AriaRole.Status)).ToContainTextAsync("your briefing is submitted");

            // The coordinator confirms: the success criteria are locked and the brief is ready to route.
            await coordinator.GotoAsync(briefUrl);
            await Assertions.Expect(coordinator.Locator("#briefing")).ToContainTextAsync("without the interim for a full month");
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Confirm the briefing" }).ClickAsync();
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Briefing confirmed");
            await Assertions.Expect(coordinator.Locator(".title-row .status")).ToHaveTextAsync("Confirmed, ready to route");
        });

    private static async Task Criterion(IPage page, int row, string outcome, string measure, string horizon)
    {
        await page.Locator($"#Input_SuccessCriteria_{row}__Outcome").FillAsync(outcome);
        await page.Locator($"#Input_SuccessCriteria_{row}__Measure").FillAsync(measure);
        await page.Locator($"#Input_SuccessCriteria_{row}__Horizon").SelectOptionAsync(new SelectOptionValue { Label = horizon });
    }
}
