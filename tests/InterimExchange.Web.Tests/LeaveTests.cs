using System.Net;
using InterimExchange.Accounts.Contracts;
using InterimExchange.BuildingBlocks.Persistence;
using InterimExchange.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Web.Tests;

/// <summary>A coordinator going on leave hands her work to a colleague, and takes back exactly that when she returns.</summary>
public sealed class LeaveTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private const string Amelia = "amelia.hart@northbridge.example";
    private const string Tom = "tom.okafor@northbridge.example";
    private const string Maria = "maria.santos@meridianquality.example";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_coordinator_on_leave_hands_her_work_to_a_colleague_and_takes_back_what_he_still_holds_of_it_but_not_what_he_began()
    {
        await app.QuietAsync();
        var amelia = await app.SignedInAsync(Amelia);
        var ameliaId = await IdOfAsync(Amelia);
        var tomId = await IdOfAsync(Tom);
        var hers = await OpenDecisionsOfAsync(ameliaId);
        hers.ShouldBeGreaterThan(0);

        var unchosen = await amelia.PostFormAsync("/settings", new() { ["Note"] = "Back on 1 December." }, "/settings?handler=HandOver");
        var refused = await unchosen.Content.ReadAsStringAsync(Cancel);
        refused.ShouldShowErrorNextTo("SuccessorId", "Choose the colleague who holds your work while you are away.");
        refused.ShouldContain("Back on 1 December.");
        (await amelia.PostFormAsync("/settings", new() { ["SuccessorId"] = tomId.ToString(), ["Note"] = "Back on 1 December." }, "/settings?handler=HandOver"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await app.QuietAsync();

        (await amelia.GetStringAsync("/settings", Cancel)).ShouldContain("Your work is with <strong>Tom Okafor</strong>");
        WebUtility.HtmlDecode(await amelia.GetStringAsync("/organisation/team", Cancel)).ShouldContain("Amelia Hart (you) · away, Tom Okafor holds their work");
        (await OpenDecisionsOfAsync(ameliaId)).ShouldBe(0);
        (await OpenDecisionsOfAsync(tomId)).ShouldBe(hers);
        (await app.EmailToAsync(Maria, "Your contact at Northbridge Talent Partners is now Tom Okafor")).ShouldContain("Back on 1 December.");

        // Meanwhile Tom routes a brief of his own; and Amelia cannot hand over again while her work is with him.
        await app.RoutedBriefAsync("Interim Director of Regulatory Affairs", Tom, [Marketplace.RegPath]);
        var tomsOwn = await OpenDecisionsOfAsync(tomId) - hers;
        tomsOwn.ShouldBeGreaterThan(0);
        var tom = await app.SignedInAsync(Tom);
        var holding = await tom.PostFormAsync("/settings", new() { ["SuccessorId"] = ameliaId.ToString() }, "/settings?handler=HandOver");
        (await holding.Content.ReadAsStringAsync(Cancel)).ShouldShowErrorNextTo("SuccessorId",
            "You hold the work of a colleague who is away: they take it back before you hand yours over.");
        var again = await amelia.PostFormAsync("/settings", new() { ["SuccessorId"] = tomId.ToString() }, "/settings?handler=HandOver");
        (await again.Content.ReadAsStringAsync(Cancel)).ShouldContain("Your work is with a colleague already: take it back first.");

        (await amelia.PostFormAsync("/settings", [], "/settings?handler=TakeBack")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await app.QuietAsync();

        (await OpenDecisionsOfAsync(ameliaId)).ShouldBe(hers);
        (await OpenDecisionsOfAsync(tomId)).ShouldBe(tomsOwn, "what Tom began meanwhile stays his");
        await app.EmailToAsync(Maria, "Your contact at Northbridge Talent Partners is now Amelia Hart");
        var team = WebUtility.HtmlDecode(await amelia.GetStringAsync("/organisation/team", Cancel));
        team.ShouldContain("Amelia Hart took their work back from Tom Okafor, by Amelia Hart.");
        team.ShouldContain("Amelia Hart handed their work over to Tom Okafor, by Amelia Hart.");
        team.ShouldNotContain("away, Tom Okafor holds their work");
        (await amelia.PostFormAsync("/settings", [], "/settings?handler=TakeBack")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "nothing is with a colleague now");
    }

    private Task<int> OpenDecisionsOfAsync(Guid userId) => app.WithAsync(sp =>
    {
        var proposals = sp.GetServices<ModuleDatabase>().Single(m => m.Module == "proposals");
        var db = (DbContext)sp.GetRequiredService(proposals.Context);
        return db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM \"Decisions\" WHERE \"OwnerId\" = {userId.ToString().ToUpperInvariant()} AND \"Outcome\" IS NULL")
            .SingleAsync(Cancel);
    });

    private Task<Guid> IdOfAsync(string email) => app.AccountAsync(email);
}
