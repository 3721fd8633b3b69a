using InterimExchange.Briefs.Contracts;

namespace InterimExchange.EndToEnd.Tests;

/// <summary>
/// Each portal's pages, as the demo's people see them, on a laptop (1280 pixels wide) and on a phone (390): axe finds nothing wrong
/// against WCAG 2.1 A and AA. Every page of a person is checked before the test says what it found, so one run names them all.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, string?> Portals => new()
    {
        { "anyone", null },
        { "coordinator", "amelia.hart@northbridge.example" },
        { "firm", "maria.santos@meridianquality.example" },
        { "client executive", "sofia.lindqvist@valdora.example" },
        { "vetting officer", "olivia.grant@interimexchange.example" },
    };

    private static IReadOnlyList<string> PagesOf(string who) => who switch
    {
        "anyone" => ["/", "/account/sign-in", "/account/forgot-password", "/firms/apply"],
        "coordinator" =>
        [
            "/rpo", "/rpo/decisions", "/rpo/insights", "/rpo/clients", "/rpo/relationships", "/rpo/sourcing", "/rpo/briefs/edit",
            $"/rpo/briefs/{DemoBriefs.QualityDirector}", $"/rpo/briefs/{DemoBriefs.SiteDirector}", $"/rpo/briefs/{DemoBriefs.SiteDirector}/engagement",
            $"/rpo/briefs/{DemoBriefs.SiteDirector}/evaluation", $"/rpo/briefs/{DemoBriefs.SiteDirector}/outcomes", "/conversations", "/notifications", "/settings",
            "/organisation/team", "/organisation/integrations", "/organisation/webhooks", "/organisation/sign-in",
        ],
        "firm" => ["/firm", "/firm/profile", "/firm/record", "/firm/relationships", $"/firm/briefs/{DemoBriefs.SiteDirector}/engagement", "/conversations", "/notifications"],
        "client executive" => ["/client", $"/client/briefs/{DemoBriefs.SiteDirector}/engagement", "/client/relationships", "/conversations"],
        _ => ["/admin", "/admin/firms", "/admin/insights"],
    };

    [Theory]
    [MemberData(nameof(Portals))]
    public Task Axe_finds_nothing_wrong_on_a_portal_s_pages_on_a_laptop_or_a_phone(string who, string? email) =>
        browser.JourneyAsync($"accessibility-{who.Replace(' ', '-')}", async people =>
        {
            var found = new List<string>();
            foreach (var phone in new[] { false, true })
            {
                var page = await people.NewPersonAsync(phone);
                if (email is not null)
                {
                    await page.SignInAsync(email);
                }

                foreach (var path in PagesOf(who))
                {
                    var response = await page.GotoAsync(path);
                    response!.Ok.ShouldBeTrue($"{path} answers for the {who}");
                    found.AddRange((await page.AxeViolationsAsync()).Select(v => $"{path}{(phone ? " (phone)" : "")}: {v}"));
                }
            }

            found.ShouldBeEmpty(string.Join("\n", found));
        });

    [Fact]
    public Task The_check_itself_finds_an_image_without_a_text_alternative() =>
        browser.JourneyAsync("accessibility-check", async page =>
        {
            await page.SetContentAsync("<!doctype html><html lang=\"en\"><head><title>A check</title></head><body><main><img src=\"chart.png\"></main></body></html>");
            (await page.AxeViolationsAsync()).ShouldContain(v => v.StartsWith("image-alt", StringComparison.Ordinal));
        });
}
