using InterimExchange.Accounts.Contracts;
using InterimExchange.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace InterimExchange.Web.Tests;

/// <summary>
/// A list longer than its pager counts: the briefs list says "more than" rather than counting
/// every row, and still page on, and a page near the end counts exactly again.
/// </summary>
public sealed class LongListTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Past_a_thousand_briefs_the_list_says_more_than_and_still_pages_to_the_last()
    {
        using var output = new StringWriter();
        (await Commands.SeedScaleAsync(app.Services, new HostingEnvironment { EnvironmentName = Environments.Development }, ScaleDataTests.Arguments(1100, 5, 1100),
                output, Cancel))
            .ShouldBe(0, output.ToString());
        var amelia = await app.SignedInAsync(DemoAccounts.Northbridge.People[0].Email, DemoAccounts.Password);

        var first = await amelia.GetStringAsync("/rpo", Cancel);
        first.ShouldContain("Page 1 (more than 1,000 briefs)");
        first.ShouldContain("p=2\">Next</a>");

        var second = await amelia.GetStringAsync("/rpo?p=2", Cancel);
        second.ShouldContain("Page 2 (more than 1,020 briefs)");
        second.ShouldContain("p=3\">Next</a>");

        // Near the end every remaining brief is counted: the page numbers are exact and the last page has no "Next".
        var last = await amelia.GetStringAsync("/rpo?p=1000", Cancel);
        last.ShouldMatch(@"Page (\d+) of \1 \(1,1\d\d briefs\)");
        last.ShouldNotContain(">Next</a>");

        // Meridian was routed every fourth brief, each with a notification for Maria: under a thousand, counted exactly.
        var maria = await app.SignedInAsync(DemoAccounts.Firms[0].People[0].Email, DemoAccounts.Password);
        (await maria.GetStringAsync("/notifications", Cancel)).ShouldContain("Page 1 of 14 (275 notifications)");
    }
}
