using System.Net;
using System.Text.RegularExpressions;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Testing;

namespace InterimExchange.Insights.Tests;

/// <summary>
/// Where the records are read, on the demo data: the firm its own; the coordinator a firm's beside the routing and on the
/// relationship; the firm the RPO's promises on its routed brief and relationship. Nobody reads another firm's record as its own.
/// </summary>
public sealed partial class TrackRecordPagesTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private const string MeridiansRecord = "Met 1 of 1 reviewed criteria on 1 engagement";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<string> PageAsync(HttpClient client, string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path, Cancel));

    [Fact]
    public async Task Each_side_reads_the_other_s_record_where_it_works_with_it()
    {
        // The firm: its own record, from the demo's two briefs and the engagement's first review.
        var maria = await app.SignedInAsync("maria.santos@meridianquality.example");
        await TestServices.Eventually(async () => (await PageAsync(maria, "/firm/record")).Contains(MeridiansRecord, StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "Meridian's record");
        var record = await PageAsync(maria, "/firm/record");
        record.ShouldContain("Briefs received</dt><dd>2</dd>");
        record.ShouldContain("2 of 2");

        // The firm reads Northbridge's promises on a routed brief and on its relationship.
        (await PageAsync(maria, $"/firm/briefs/{DemoBriefs.QualityDirector}")).ShouldContain("Northbridge Talent Partners kept 1 of 1 decision dates in the last twelve months.");
        var northbridge = Link().Match(await PageAsync(maria, "/firm/relationships")).Groups[1].Value;
        (await PageAsync(maria, $"/firm/relationships/{northbridge}")).ShouldContain("How Northbridge Talent Partners keeps its promises");

        // The coordinator reads Meridian's record on the relationship and beside Meridian on a routing.
        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");
        var meridian = Link().Matches(await PageAsync(amelia, "/rpo/relationships")).First(m => m.Groups[2].Value == "Meridian Quality Interim").Groups[1].Value;
        var relationship = await PageAsync(amelia, $"/rpo/relationships/{meridian}");
        relationship.ShouldContain("Track record on InterimExchange");
        relationship.ShouldContain(MeridiansRecord);
        relationship.ShouldNotContain("keeps its promises");
        var regulatory = await app.DemoBriefIdAsync("Interim Director of Regulatory Affairs");
        await TestServices.Eventually(async () => (await PageAsync(amelia, $"/rpo/briefs/{regulatory}/routing")).Contains(MeridiansRecord, StringComparison.Ordinal),
            TimeSpan.FromSeconds(60), "the recommendation citing Meridian's record");
        var routing = await PageAsync(amelia, $"/rpo/briefs/{regulatory}/routing");
        routing.ShouldContain("Track record: 2 briefs received");
        routing.ShouldContain("Track record: New to routing: no track record yet");

        // Another firm reads its own, empty record, never Meridian's; a coordinator has no firm record page.
        var daniel = await app.SignedInAsync("daniel.weber@regpath.example");
        var own = await PageAsync(daniel, "/firm/record");
        own.ShouldContain("No brief has been routed to this firm");
        own.ShouldNotContain(MeridiansRecord);
        (await amelia.GetAsync("/firm/record", Cancel)).ShouldBeRefused();
    }

    [GeneratedRegex("href=\"/(?:rpo|firm)/relationships/([0-9a-f-]{36})\">([^<]+)<")]
    private static partial Regex Link();
}
