using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Briefs.Contracts.IntegrationEvents;
using InterimExchange.Briefs.Data;
using InterimExchange.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Briefs.Tests;

/// <summary>The use cases through the module's entry, on real SQLite files with the module's migrations and its outbox.</summary>
public sealed class BriefUseCaseTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static readonly Guid Rpo = DemoAccounts.Northbridge.Id;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    private Task<Guid> BriefIdAsync(string roleTitle) => WithAsync(async sp =>
        (await sp.GetRequiredService<IBriefs>().AskAsync(new ListBriefsQuery(Rpo, null, roleTitle, 1), Cancel)).Items.Single().Id);

    private static readonly Caller Amelia = Callers.Rpo(Rpo, userId: Guid.NewGuid(), name: "Amelia Hart");

    [Fact]
    public async Task Confirming_a_briefing_publishes_the_criteria_and_routing_facts_through_the_outbox()
    {
        var briefId = await BriefIdAsync("Interim Head of Quality");

        var result = await WithAsync(sp => sp.GetRequiredService<IBriefs>().SendAsync(new ConfirmBriefingCommand(Amelia, briefId), Cancel));

        result.Succeeded.ShouldBeTrue();
        var confirmed = await WithAsync(async sp => await sp.GetRequiredService<BriefsDbContext>().OutboxMessages
            .Where(m => m.Type.StartsWith(typeof(BriefConfirmed).FullName!)).ToListAsync(Cancel));
        var message = System.Text.Json.JsonSerializer.Deserialize<BriefConfirmed>(confirmed.Single(m => m.Content.Contains(briefId.ToString())).Content)!;
        message.SuccessCriteria.Count.ShouldBe(3);
        var brief = (await WithAsync(sp => sp.GetRequiredService<IBriefs>().AskAsync(new ReviewBriefQuery(Rpo, briefId), Cancel)))!;
        message.Routing.ShouldBe(new RoutingFacts(brief.ClientCompanyId, "pharma", "quality", "head-of", "benelux", Confidential: true));
        brief.CriteriaLocked.ShouldBeTrue();
    }

    [Fact]
    public async Task A_confirmed_brief_s_criteria_change_only_by_amendment_with_its_reason_in_the_history()
    {
        var briefId = await BriefIdAsync("Interim Director of Regulatory Affairs");
        var briefs = (IServiceProvider sp) => sp.GetRequiredService<IBriefs>();
        var criteria = new List<CriterionInput>
        {
            new("Variation dossier submitted", "Accepted for validation", Horizon.Days180),
            new("Team stable", "No unplanned leavers", Horizon.Days90),
            new("Strategy for product B", "Approved by the executive committee", Horizon.Days90),
            new("Successor identified", "Permanent director hired", Horizon.EndOfAssignment),
        };

        var refused = await WithAsync(sp => briefs(sp).SendAsync(new AmendCriteriaCommand(Amelia, briefId, criteria, ""), Cancel));
        refused.Errors.Keys.ShouldBe(["Reason"]);
        var tooLong = await WithAsync(sp => briefs(sp).SendAsync(new AmendCriteriaCommand(Amelia, briefId, [.. criteria, new(new string('x', 1001), "m", Horizon.Days90)], "why"), Cancel));
        tooLong.Errors.Keys.ShouldBe(["Criteria[4].Outcome"]);

        var amended = await WithAsync(sp => briefs(sp).SendAsync(new AmendCriteriaCommand(Amelia, briefId, criteria, "The client wants the permanent hire tracked"), Cancel));

        amended.Succeeded.ShouldBeTrue();
        var brief = (await WithAsync(sp => briefs(sp).AskAsync(new ReviewBriefQuery(Rpo, briefId), Cancel)))!;
        brief.Briefing.SuccessCriteria.Count.ShouldBe(4);
        brief.History.First().Reason.ShouldBe("The client wants the permanent hire tracked");
    }

    [Fact]
    public async Task A_brief_of_another_RPO_is_not_found_for_any_change()
    {
        var briefId = await BriefIdAsync("Interim Supply Chain Director");
        var stranger = Callers.Rpo(Guid.NewGuid(), userId: Guid.NewGuid(), name: "Someone Else");

        var result = await WithAsync(sp => sp.GetRequiredService<IBriefs>().SendAsync(new WithdrawBriefCommand(stranger, briefId, "Not mine"), Cancel));

        result.IsNotFound.ShouldBeTrue();
        (await WithAsync(sp => sp.GetRequiredService<IBriefs>().AskAsync(new ReviewBriefQuery(stranger.OrganisationId, briefId), Cancel))).ShouldBeNull();
    }

    [Fact]
    public async Task Holding_and_withdrawing_publish_their_events_with_the_reasons()
    {
        var briefId = await BriefIdAsync("Interim Finance Transformation Lead");
        var briefs = (IServiceProvider sp) => sp.GetRequiredService<IBriefs>();
        (await WithAsync(sp => briefs(sp).SendAsync(new PutOnHoldCommand(Amelia, briefId, " ", null), Cancel))).Errors.Keys.ShouldBe(["Reason", "ReviewDate"]);
        (await WithAsync(sp => briefs(sp).SendAsync(new WithdrawBriefCommand(Amelia, briefId, new string('x', 1001)), Cancel)))
            .Errors["Reason"].ShouldBe(["Keep the reason to 1,000 characters."]);

        (await WithAsync(sp => briefs(sp).SendAsync(new PutOnHoldCommand(Amelia, briefId, "Waiting for the budget", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30)), Cancel))).Succeeded.ShouldBeTrue();
        (await WithAsync(sp => briefs(sp).SendAsync(new ResumeBriefCommand(Amelia, briefId), Cancel))).Succeeded.ShouldBeTrue();
        (await WithAsync(sp => briefs(sp).SendAsync(new WithdrawBriefCommand(Amelia, briefId, "Hired internally"), Cancel))).Succeeded.ShouldBeTrue();

        var types = await WithAsync(async sp => await sp.GetRequiredService<BriefsDbContext>().OutboxMessages
            .Where(m => m.Content.Contains(briefId.ToString())).OrderBy(m => m.Id).Select(m => m.Type).ToListAsync(Cancel));
        types.Select(t => t.Split(',')[0].Split('.').Last()).ShouldBe(["BriefCreated", "BriefPutOnHold", "BriefResumed", "BriefWithdrawn"]);
    }

    [Fact]
    public async Task A_text_longer_than_its_column_is_refused_on_SQLite_as_SQL_Server_would_refuse_it()
    {
        var briefId = await BriefIdAsync("Interim Finance Transformation Lead");

        var refused = await Should.ThrowAsync<InvalidOperationException>(() => WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<BriefsDbContext>();
            var brief = await db.Briefs.SingleAsync(b => b.Id == briefId, Cancel);
            db.Entry(brief).ComplexProperty(b => b.Details).Property(d => d.RoleTitle).CurrentValue = new string('x', 201);
            return await db.SaveChangesAsync(Cancel);
        }));

        refused.Message.ShouldContain("RoleTitle is 201 characters, longer than its column (200)");
    }
}
