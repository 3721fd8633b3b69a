using System.Globalization;
using CsvHelper;
using InterimExchange.Briefs.Contracts;
using Microsoft.Playwright;

namespace InterimExchange.EndToEnd.Tests;

/// <summary>
/// The demo engagement is at its 90-day review: the executive reviews two criteria as met and one as partly met; the firm reads the
/// reviews and its hit on target; the coordinator sees the insights chart and downloads the table as CSV.
/// </summary>
public sealed class EngagementJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Maria = "maria.santos@meridianquality.example";
    private const string Amelia = "amelia.hart@northbridge.example";
    private const string Sofia = "sofia.lindqvist@valdora.example";

    [Fact]
    public Task The_executive_reviews_the_90_day_criteria_the_firm_sees_its_hit_on_target_and_the_coordinator_downloads_insights() =>
        browser.JourneyAsync("engagement-journey", async people =>
        {
            // The demo engagement is 90 days in: its three 90-day criteria are due today.
            var executive = await people.NewPersonAsync();
            await executive.SignInAsync(Sofia);
            await executive.GetByRole(AriaRole.Row).Filter(new() { HasText = DemoBriefs.SiteDirectorTitle }).GetByRole(AriaRole.Link, new() { Name = "Engagement" })
                .ClickAsync();
            await Assertions.Expect(executive.Locator("#criterion-1")).ToContainTextAsync("Met");
            // She rates all three on the one sheet but forgets criterion 2's evidence: the sheet is refused with the error beside it,
            // and everything she typed for criteria 3 and 4 is still there.
            var reviews = new[]
            {
                (Number: 2, Rating: "Met", Evidence: "Output at 96% of plan for the last five weeks."),
                (Number: 3, Rating: "Met", Evidence: "The group investment committee approved line 2 on 28 October."),
                (Number: 4, Rating: "Partly met", Evidence: "Head of production appointed; engineering head still open."),
            };
            foreach (var (number, rating, evidence) in reviews)
            {
                var criterion = executive.Locator($"#criterion-{number}");
                await Assertions.Expect(criterion).ToContainTextAsync("Review due");
                await criterion.GetByLabel(rating, new() { Exact = true }).CheckAsync();
                if (number != 2)
                {
                    await criterion.GetByLabel($"Evidence for criterion {number}").FillAsync(evidence);
                }
            }

            await executive.GetByRole(AriaRole.Button, new() { Name = "Save the reviews" }).ClickAsync();
            await Assertions.Expect(executive.Locator("#criterion-2")).ToContainTextAsync("Give a line of evidence: what shows it.");
            foreach (var (number, rating, evidence) in reviews.Skip(1))
            {
                var criterion = executive.Locator($"#criterion-{number}");
                await Assertions.Expect(criterion.GetByLabel(rating, new() { Exact = true })).ToBeCheckedAsync();
                await Assertions.Expect(criterion.GetByLabel($"Evidence for criterion {number}")).ToHaveValueAsync(evidence);
            }

            await Assertions.Expect(executive.Locator("#criterion-2").GetByLabel("Met", new() { Exact = true })).ToBeCheckedAsync();
            await executive.Locator("#criterion-2").GetByLabel("Evidence for criterion 2").FillAsync(reviews[0].Evidence);
            await executive.GetByRole(AriaRole.Button, new() { Name = "Save the reviews" }).ClickAsync();
            await Assertions.Expect(executive.GetByRole(AriaRole.Status)).ToContainTextAsync("Reviews saved");
            await Assertions.Expect(executive.Locator("#criterion-4 .status")).ToHaveTextAsync("Partly met");
            await Assertions.Expect(executive.Locator("#criterion-4")).ToContainTextAsync("engineering head still open. (Dr Sofia Lindqvist");

            // The firm reads each review of its interim and, once the reviews reach its record, its hit on target: 3½ of 4.
            var firm = await people.NewPersonAsync();
            await firm.SignInAsync(Maria);
            await firm.GotoAsync($"/firm/briefs/{DemoBriefs.SiteDirector}/engagement");
            await Assertions.Expect(firm.Locator("#criterion-4")).ToContainTextAsync("Partly met");
            await Assertions.Expect(firm.Locator("#criterion-4")).ToContainTextAsync("engineering head still open");
            await firm.GotoAsync("/firm");
            await firm.GetByRole(AriaRole.Link, new() { Name = "Your track record" }).ClickAsync();
            await firm.ReloadUntilAsync(firm.Locator("#hit-on-target"), "the four reviews in the firm's track record", "3½ of 4");
            await Assertions.Expect(firm.Locator("#hit-on-target")).ToContainTextAsync("Met 3½ of 4 reviewed criteria on 1 engagement");

            // The coordinator reads the insights as charts and downloads the monthly table.
            var coordinator = await people.NewPersonAsync();
            await coordinator.SignInAsync(Amelia);
            await coordinator.GetByRole(AriaRole.Link, new() { Name = "Insights" }).ClickAsync();
            await Assertions.Expect(coordinator.Locator("#chart-hit-on-target svg")).ToBeVisibleAsync();
            await Assertions.Expect(coordinator.Locator("#table-months")).ToContainTextAsync("November 2026");
            var download = await coordinator.RunAndWaitForDownloadAsync(() => coordinator.Locator("#csv-months").ClickAsync());
            download.SuggestedFilename.ShouldStartWith("insights-months-");
            using var csv = new CsvReader(new StreamReader(await download.PathAsync()), CultureInfo.InvariantCulture);
            var months = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
            var november = months.Single(m => (string)m["Month"] == "2026-11-01");
            november["Criteria reviewed"].ShouldBe("3");
            november["Criteria met (partly met counts half)"].ShouldBe("2.5");
            november["Hit on target %"].ShouldBe("83.3");
            months.Single(m => (string)m["Month"] == "2026-08-01")["Briefs engaged"].ShouldBe("1");
        });
}
