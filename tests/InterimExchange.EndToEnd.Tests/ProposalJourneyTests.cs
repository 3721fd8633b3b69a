using InterimExchange.Accounts.Contracts;
using InterimExchange.Testing;
using Microsoft.Playwright;

namespace InterimExchange.EndToEnd.Tests;

/// <summary>
/// Two firms submit proposals with candidates; the coordinator and the client executive score them; the terms unseal;
/// the comparison shows both; the coordinator shortlists both candidates, marks one not progressed with personal feedback,
/// and selects the other; each firm sees its outcome in its timeline, its notification centre and its email.
/// </summary>
public sealed class ProposalJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Brief = "Interim Director of Regulatory Affairs";

    [Fact]
    public Task Proposals_are_scored_on_value_before_their_terms_unseal_and_the_coordinator_selects_a_candidate() =>
        browser.JourneyAsync("proposal-journey", async people =>
        {
            await RouteToInterestedFirmsAsync(DemoAccounts.Firms[1].Id, DemoAccounts.Firms[0].Id);

            await ProposeAsync(await people.NewPersonAsync(), "daniel.weber@regpath.example", "Candidate R", "1800");
            await ProposeAsync(await people.NewPersonAsync(), "maria.santos@meridianquality.example", "Candidate M", "1550");

            // The coordinator scores both proposals; the terms stay sealed.
            var coordinator = await people.NewPersonAsync();
            await coordinator.SignInAsync("amelia.hart@northbridge.example");
            await coordinator.GetByRole(AriaRole.Link, new() { Name = Brief }).ClickAsync();
            await coordinator.GetByRole(AriaRole.Link, new() { Name = "Proposals and evaluation" }).ClickAsync();
            await Assertions.Expect(coordinator.Locator("#seal")).ToContainTextAsync("Commercial terms are sealed");
            await ScoreAsync(coordinator, "RegPath Interim", "4", "Led four centralised procedures");
            await ScoreAsync(coordinator, "Meridian Quality Interim", "3", "Quality, not regulatory, background");
            await Assertions.Expect(coordinator.Locator("#comparison")).Not.ToContainTextAsync(Numbers.StandingApart("1,800"));

            // The client executive scores too: scoring is complete, and the terms wait for proposals to close.
            var executive = await people.NewPersonAsync();
            await executive.SignInAsync("sofia.lindqvist@valdora.example");
            await executive.GetByRole(AriaRole.Row, new() { Name = Brief }).GetByRole(AriaRole.Link, new() { Name = "Proposals" }).ClickAsync();
            await ScoreAsync(executive, "RegPath Interim", "5", "Exactly the EMA experience we need");
            await ScoreAsync(executive, "Meridian Quality Interim", "3", "Strong on quality, less on filings");
            await Assertions.Expect(executive.Locator("#seal")).ToContainTextAsync("Value scoring is complete");

            // Two weeks on, proposals have closed and the terms unsealed by themselves; the coordinator signs in again.
            var evaluation = coordinator.Url;
            browser.App.CloseProposals();
            await coordinator.SignInAsync("amelia.hart@northbridge.example");
            await TestServices.Eventually(async () =>
            {
                await coordinator.GotoAsync(evaluation);
                return (await coordinator.Locator("#seal").TextContentAsync())?.Contains("Commercial terms unsealed", StringComparison.Ordinal) == true;
            }, TimeSpan.FromSeconds(30), "the terms unsealed once proposals closed");

            // The comparison shows both proposals with their terms; the coordinator shortlists and selects.
            var comparison = coordinator.Locator("#comparison");
            await Assertions.Expect(comparison).ToContainTextAsync("RegPath Interim");
            await Assertions.Expect(comparison).ToContainTextAsync("Meridian Quality Interim");
            await Assertions.Expect(comparison).ToContainTextAsync("Day rate: 1,800 EUR");
            await Assertions.Expect(comparison).ToContainTextAsync("Day rate: 1,550 EUR");
            await Assertions.Expect(comparison).ToContainTextAsync("Value for money");
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Shortlist Candidate R" }).ClickAsync();
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Candidate shortlisted");
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Shortlist Candidate M" }).ClickAsync();
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Candidate shortlisted");

            // Candidate M is not progressed, with personal feedback; then Candidate R is selected, and the brief is filled.
            await coordinator.GotoAsync(coordinator.Url.Replace("/evaluation", "/outcomes"));
            var itemM = coordinator.Locator("div.decide").Filter(new() { Has = coordinator.GetByRole(AriaRole.Heading, new() { Name = "Meridian Quality Interim: candidate Candidate M" }) });
            await itemM.GetByText("Not progressed, with feedback").ClickAsync();
            await itemM.GetByLabel("Reason").SelectOptionAsync(new SelectOptionValue { Label = "A stronger proposal against the criteria" });
            await itemM.GetByLabel("Personal feedback to Meridian Quality Interim").FillAsync(Feedback);
            await itemM.GetByRole(AriaRole.Button, new() { Name = "Not progressed: tell Meridian Quality Interim" }).ClickAsync();
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Outcome given");
            await coordinator.GotoAsync(coordinator.Url.Replace("/outcomes", "/evaluation"));
            var candidateR = coordinator.Locator("div.candidate").Filter(new() { Has = coordinator.GetByRole(AriaRole.Button, new() { Name = "Select Candidate R" }) });
            await candidateR.GetByLabel("Start date").FillAsync("2026-12-14");
            await candidateR.GetByRole(AriaRole.Button, new() { Name = "Select Candidate R" }).ClickAsync();
            await Assertions.Expect(coordinator.Locator("#plan")).ToContainTextAsync("RegPath Interim: candidate Candidate R → Selected");
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Confirm: fill the brief and tell everyone" }).ClickAsync();
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("every firm has its outcome");
            await coordinator.GotoAsync(coordinator.Url.Replace("/outcomes", "/evaluation"));
            await Assertions.Expect(coordinator.Locator("#seal")).ToContainTextAsync("Candidate R of RegPath Interim, starting 14 December 2026");

            // Each firm sees its outcome in its timeline, in its notification centre and in its email.
            await SeesOutcomeAsync(await people.NewPersonAsync(), "maria.santos@meridianquality.example", "Not progressed", Feedback);
            await SeesOutcomeAsync(await people.NewPersonAsync(), "daniel.weber@regpath.example", "Selected", "The candidate you proposed as Candidate R is selected");
        });

    private const string Feedback = "Candidate M is excellent on quality systems; the client needs more filing experience.";

    private async Task SeesOutcomeAsync(IPage firm, string email, string outcome, string message)
    {
        await firm.SignInAsync(email);
        await firm.GetByRole(AriaRole.Link, new() { Name = Brief }).ClickAsync();
        await Assertions.Expect(firm.Locator("#timeline")).ToContainTextAsync($"{outcome}: your candidate");
        await Assertions.Expect(firm.Locator("#timeline")).ToContainTextAsync(message);
        await firm.Locator("#notifications-link").ClickAsync();
        await Assertions.Expect(firm.Locator("ol.notifications")).ToContainTextAsync(message);
        (await browser.App.EmailToAsync(email, outcome)).ShouldContain(message);
    }

    /// <summary>Routing is the routing journey's subject; here the brief reaches the two firms, who answered interested, directly.</summary>
    private Task RouteToInterestedFirmsAsync(params Guid[] firms) => browser.App.RoutedBriefAsync(Brief, firms);

    private static async Task ProposeAsync(IPage firm, string email, string alias, string rate)
    {
        await firm.SignInAsync(email);
        await firm.GetByRole(AriaRole.Link, new() { Name = Brief }).ClickAsync();
        await firm.GetByRole(AriaRole.Link, new() { Name = "Your proposal" }).ClickAsync();
        for (var i = 0; i < 3; i++)
        {
            await firm.Locator($"#approach-{i}").FillAsync($"How {alias} would achieve criterion {i + 1}");
            await firm.Locator($"#rationale-0-{i}").FillAsync($"{alias} did this at a previous client ({i + 1})");
        }

        await firm.Locator("#Input_Candidates_0__Alias").FillAsync(alias);
        await firm.Locator("#Input_Candidates_0__Headline").FillAsync("EU regulatory director");
        await firm.Locator("#Input_Candidates_0__YearsInSeniorRoles").FillAsync("12");
        await firm.Locator("#Input_Candidates_0__Achievements").FillAsync("Four centralised procedures to approval");
        await firm.Locator("#Input_Candidates_0__AvailableFrom").FillAsync("2026-12-07");
        await firm.Locator("#Input_Commercial_Basis").SelectOptionAsync(new SelectOptionValue { Label = "Day rate" });
        await firm.Locator("#Input_Commercial_Amount").FillAsync(rate);
        await firm.Locator("#Input_Commercial_Currency").FillAsync("EUR");
        await firm.GetByRole(AriaRole.Button, new() { Name = "Submit the proposal" }).ClickAsync();
        await Assertions.Expect(firm.GetByRole(AriaRole.Status)).ToContainTextAsync("Proposal submitted");
    }

    private static async Task ScoreAsync(IPage evaluator, string firmName, string score, string evidence)
    {
        var proposal = evaluator.Locator("section.proposal").Filter(new() { Has = evaluator.GetByRole(AriaRole.Heading, new() { Name = firmName }) });
        foreach (var select in await proposal.Locator("select").AllAsync())
        {
            await select.SelectOptionAsync(score);
        }

        foreach (var input in await proposal.Locator("input[name$='.Evidence']").AllAsync())
        {
            await input.FillAsync(evidence);
        }

        await proposal.GetByRole(AriaRole.Button, new() { Name = $"Save scores for {firmName}" }).ClickAsync();
        await Assertions.Expect(evaluator.GetByRole(AriaRole.Status)).ToContainTextAsync("Scores saved");
    }
}
