using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Briefs.Contracts.IntegrationEvents;
using InterimExchange.Briefs.Data;
using InterimExchange.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Briefs.Tests;

/// <summary>The use cases through the module's facade, on real SQLite files with the module's migrations and its outbox.</summary>
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
        (await sp.GetRequiredService<IBriefs>().ListBriefsAsync(new BriefQuery(Rpo, null, roleTitle, 1), Cancel)).Items.Single().Id);

    private static BriefCommand As(Guid briefId) => new(Rpo, briefId, Guid.NewGuid(), "Amelia Hart");

    [Fact]
    public async Task Confirming_a_briefing_publishes_the_criteria_and_routing_facts_through_the_outbox()
    {
        var briefId = await BriefIdAsync("Interim Head of Quality");

        var result = await WithAsync(sp => sp.GetRequiredService<IBriefs>().ConfirmAsync(As(briefId), Cancel));

        result.Succeeded.ShouldBeTrue();
        var confirmed = await WithAsync(async sp => await sp.GetRequiredService<BriefsDbContext>().OutboxMessages
            .Where(m => m.Type.StartsWith(typeof(BriefConfirmed).FullName!)).ToListAsync(Cancel));
        var message = System.Text.Json.JsonSerializer.Deserialize<BriefConfirmed>(confirmed.Single(m => m.Content.Contains(briefId.ToString())).Content)!;
        message.SuccessCriteria.Count.ShouldBe(3);
        var brief = (await WithAsync(sp => sp.GetRequiredService<IBriefs>().GetBriefAsync(Rpo, briefId, Cancel)))!;
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

        var refused = await WithAsync(sp => briefs(sp).AmendCriteriaAsync(As(briefId), new CriteriaAmendment(criteria, ""), Cancel));
        refused.Errors.Keys.ShouldBe(["Reason"]);
        var tooLong = await WithAsync(sp => briefs(sp).AmendCriteriaAsync(As(briefId), new CriteriaAmendment([.. criteria, new(new string('x', 1001), "m", Horizon.Days90)], "why"), Cancel));
        tooLong.Errors.Keys.ShouldBe(["Criteria[4].Outcome"]);

        var amended = await WithAsync(sp => briefs(sp).AmendCriteriaAsync(As(briefId), new CriteriaAmendment(criteria, "The client wants the permanent hire tracked"), Cancel));

        amended.Succeeded.ShouldBeTrue();
        var brief = (await WithAsync(sp => briefs(sp).GetBriefAsync(Rpo, briefId, Cancel)))!;
        brief.Briefing.SuccessCriteria.Count.ShouldBe(4);
        brief.History.First().Reason.ShouldBe("The client wants the permanent hire tracked");
    }

    [Fact]
    public async Task A_brief_of_another_RPO_is_not_found_for_any_change()
    {
        var briefId = await BriefIdAsync("Interim Supply Chain Director");
        var stranger = new BriefCommand(Guid.NewGuid(), briefId, Guid.NewGuid(), "Someone Else");

        var result = await WithAsync(sp => sp.GetRequiredService<IBriefs>().WithdrawAsync(stranger, new BriefWithdrawal("Not mine"), Cancel));

        result.IsNotFound.ShouldBeTrue();
        (await WithAsync(sp => sp.GetRequiredService<IBriefs>().GetBriefAsync(stranger.RpoId, briefId, Cancel))).ShouldBeNull();
    }

    [Fact]
    public async Task Holding_and_withdrawing_publish_their_events_with_the_reasons()
    {
        var briefId = await BriefIdAsync("Interim Finance Transformation Lead");
        var briefs = (IServiceProvider sp) => sp.GetRequiredService<IBriefs>();
        (await WithAsync(sp => briefs(sp).PutOnHoldAsync(As(briefId), new BriefHold(" ", null), Cancel))).Errors.Keys.ShouldBe(["Reason", "ReviewDate"]);
        (await WithAsync(sp => briefs(sp).WithdrawAsync(As(briefId), new BriefWithdrawal(new string('x', 1001)), Cancel)))
            .Errors["Reason"].ShouldBe(["Keep the reason to 1,000 characters."]);

        (await WithAsync(sp => briefs(sp).PutOnHoldAsync(As(briefId), new BriefHold("Waiting for the budget", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30)), Cancel))).Succeeded.ShouldBeTrue();
        (await WithAsync(sp => briefs(sp).ResumeAsync(As(briefId), Cancel))).Succeeded.ShouldBeTrue();
        (await WithAsync(sp => briefs(sp).WithdrawAsync(As(briefId), new BriefWithdrawal("Hired internally"), Cancel))).Succeeded.ShouldBeTrue();

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
