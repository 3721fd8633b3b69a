using Microsoft.Playwright;

namespace InterimExchange.EndToEnd.Tests;

/// <summary>On a phone a table's rows become cards, and each cell still says which column it is.</summary>
public sealed class PhoneTableTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task On_a_phone_each_cell_of_the_client_s_briefings_carries_its_column_s_label() =>
        browser.JourneyAsync("phone-table", async page =>
        {
            await page.SignInAsync("sofia.lindqvist@valdora.example");
            await page.GotoAsync("/client");
            var cell = page.Locator("table.list tbody tr").First.Locator("td").Nth(1);
            await Assertions.Expect(cell).ToBeVisibleAsync();
            var label = await cell.EvaluateAsync<string>("td => getComputedStyle(td, '::before').content");
            label.ShouldBe("\"Company: \"", "the cell names its column where the header is hidden");
            await Assertions.Expect(page.Locator("table.list thead")).ToBeHiddenAsync();
        }, phone: true);

    [Fact]
    public Task On_a_phone_the_insights_list_the_months_in_which_something_happened_each_cell_labelled() =>
        browser.JourneyAsync("phone-insights", async page =>
        {
            await page.SignInAsync("amelia.hart@northbridge.example");
            await page.GotoAsync("/rpo/insights");
            await Assertions.Expect(page.Locator("#quiet-months")).ToContainTextAsync("with nothing to count");
            var rows = page.Locator("#table-months tbody tr");
            (await rows.CountAsync()).ShouldBeInRange(1, 11, "the year's quiet months are named, not listed as rows of zeros");
            var label = await rows.First.Locator("td").Nth(1).EvaluateAsync<string>("td => getComputedStyle(td, '::before').content");
            label.ShouldBe("\"Briefs created: \"");
        }, phone: true);
}
