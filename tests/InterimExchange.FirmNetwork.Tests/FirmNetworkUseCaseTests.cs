using InterimExchange.BuildingBlocks.Email;
using System.Net;
using InterimExchange.Accounts.Contracts;
using InterimExchange.FirmNetwork.Contracts;
using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;
using InterimExchange.FirmNetwork.Data;
using InterimExchange.FirmNetwork.Features.Expiry;
using InterimExchange.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.FirmNetwork.Tests;

/// <summary>The firm network through the app: real SQLite files with migrations, the outbox, the portals, a fake clock.</summary>
public sealed class FirmNetworkUseCaseTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Caller Officer => Callers.VettingOfficer();

    private async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    [Fact]
    public async Task The_demo_network_has_six_vetted_firms_one_application_and_one_suspended_firm()
    {
        var firms = await WithAsync(sp => sp.GetRequiredService<IFirmNetwork>().AskAsync(new ListFirmsQuery(Officer, null), Cancel));

        firms.Count(f => f.Status == FirmStatus.Approved).ShouldBe(6);
        firms.Single(f => f.Status == FirmStatus.PendingReview).Name.ShouldBe("Alder Life Sciences Interim");
        firms.Single(f => f.Status == FirmStatus.Suspended).Name.ShouldBe("Harrow Executive Interim");
        (await WithAsync(sp => sp.GetRequiredService<IFirmNetwork>().AskAsync(new VettingQueueQuery(Officer), Cancel))).Select(f => f.Name).ShouldContain("Alder Life Sciences Interim");
    }

    [Fact]
    public async Task A_firm_member_sees_only_its_own_firm_and_never_reaches_vetting()
    {
        var maria = await app.SignedInAsync("maria.santos@meridianquality.example");
        var other = DemoAccounts.Firms[1].Id;

        var home = await maria.GetStringAsync("/firm", Cancel);
        home.ShouldContain("Your firm is vetted until");
        (await maria.GetStringAsync("/firm/profile", Cancel)).ShouldContain("value=\"Meridian Quality Interim\"");
        var review = await maria.GetAsync($"/admin/firms/{other}", Cancel);
        review.ShouldBeRefused();
        (await maria.GetAsync("/admin", Cancel)).ShouldBeRefused();
    }

    [Fact]
    public async Task A_profile_with_a_missing_reference_is_explained_and_keeps_what_was_typed()
    {
        var daniel = await app.SignedInAsync("daniel.weber@regpath.example");

        var response = await daniel.PostFormAsync("/firm/profile", new()
        {
            ["Profile.Name"] = "RegPath Interim",
            ["Profile.Website"] = "www.regpath.example",
            ["Profile.Regions"] = "dach",
            ["Profile.Specialisms[0].Sector"] = "pharma",
            ["Profile.Specialisms[0].Function"] = "regulatory",
            ["Profile.References[0].Client"] = "Rhein Pharma",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        html.ShouldContain("Give at least two client references.");
        html.ShouldContain("Name the person we may contact.");
        html.ShouldContain("value=\"Rhein Pharma\"");
    }

    [Fact]
    public async Task A_vetting_decision_without_its_reason_or_question_is_refused_next_to_the_field_and_changes_nothing()
    {
        var meridian = DemoAccounts.Firms[0].Id;
        var vetting = (IServiceProvider sp) => sp.GetRequiredService<IFirmNetwork>();

        (await WithAsync(sp => vetting(sp).SendAsync(new SuspendFirmCommand(Officer, meridian, " "), Cancel))).Errors.Keys.ShouldBe(["Reason"]);
        (await WithAsync(sp => vetting(sp).SendAsync(new RejectFirmCommand(Officer, meridian, new string('x', 2001)), Cancel)))
            .Errors["Reason"].ShouldBe(["Keep the reason to 2,000 characters."]);
        (await WithAsync(sp => vetting(sp).SendAsync(new AskFirmForInformationCommand(Officer, meridian, ""), Cancel))).Errors.Keys.ShouldBe(["Question"]);
        (await WithAsync(sp => vetting(sp).AskAsync(new ReviewFirmQuery(Officer, meridian), Cancel)))!.Status.ShouldBe(FirmStatus.Approved);
    }
}

/// <summary>Approval changes the demo network, so it has an app of its own.</summary>
public sealed class FirmApprovalTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Caller Officer => Callers.VettingOfficer();

    private async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    [Fact]
    public async Task Approving_publishes_the_firm_s_routing_facts_through_the_outbox()
    {
        var alder = (await WithAsync(sp => sp.GetRequiredService<IFirmNetwork>().AskAsync(new VettingQueueQuery(Officer), Cancel))).Single(f => f.Name == "Alder Life Sciences Interim").Id;
        var vetting = (IServiceProvider sp) => sp.GetRequiredService<IFirmNetwork>();

        (await WithAsync(sp => vetting(sp).SendAsync(new ApproveFirmCommand(Officer, alder, null), Cancel))).Succeeded.ShouldBeFalse();
        await WithAsync(sp => vetting(sp).SendAsync(new SaveVettingChecklistCommand(Officer, alder,
            Enum.GetValues<ChecklistItem>().Select(i => new ChecklistEntry(i, true, "Checked")).ToList()), Cancel));
        (await WithAsync(sp => vetting(sp).SendAsync(new ApproveFirmCommand(Officer, alder, null), Cancel))).Succeeded.ShouldBeTrue();

        var vetted = await WithAsync(async sp => await sp.GetRequiredService<FirmNetworkDbContext>().OutboxMessages
            .Where(m => m.Type.StartsWith(typeof(FirmVetted).FullName!) && m.Content.Contains(alder.ToString())).SingleAsync(Cancel));
        var message = System.Text.Json.JsonSerializer.Deserialize<FirmVetted>(vetted.Content)!;
        message.Specialisms.ShouldBe([new SpecialismData("pharma", "operations")]);
        message.ValidUntil.ShouldBe(DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddMonths(12));
    }
}

/// <summary>Expiry and reminders move the clock, so they have an app of their own.</summary>
public sealed class FirmExpiryTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Firms_are_reminded_once_before_expiry_and_drop_out_of_routing_when_it_passes()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ExpiryCheck>().RunAsync(cancel);
        }

        // Ledgerline's vetting ends in four months: a month before, it is reminded, once.
        // Two instances at once, then again an hour later: one reminder all the same.
        app.Clock.Advance(TimeSpan.FromDays(100));
        await Task.WhenAll(RunAsync(), RunAsync());
        app.Clock.Advance(TimeSpan.FromHours(1));
        await RunAsync();
        var reminder = await app.EmailToAsync("priya.shah@ledgerline.example", "Your InterimExchange vetting expires soon");
        reminder.ShouldContain("Ask for re-vetting");
        (await RemindersToPriyaAsync()).ShouldBe(1);

        // When it has passed, the firm is expired and its event is in the outbox.
        app.Clock.Advance(TimeSpan.FromDays(40));
        await RunAsync();
        await using var check = app.Services.CreateAsyncScope();
        var ledgerline = await check.ServiceProvider.GetRequiredService<IFirmNetwork>().AskAsync(new OwnFirmQuery(Callers.Firm(DemoAccounts.Firms[2].Id)), cancel);
        ledgerline!.Status.ShouldBe(FirmStatus.Expired);
        ledgerline.EligibleForBriefs.ShouldBeFalse();
        (await check.ServiceProvider.GetRequiredService<FirmNetworkDbContext>().OutboxMessages
            .CountAsync(m => m.Type.StartsWith(typeof(FirmVettingExpired).FullName!) && m.Content.Contains(DemoAccounts.Firms[2].Id.ToString()), cancel)).ShouldBe(1);

        // Counted where the emails are queued, so that none still on its way is missed.
        // Counted where emails land: a sent email's body does not stay in the outbox.
        Task<int> RemindersToPriyaAsync() => app.EmailCountAsync("priya.shah@ledgerline.example", "vetting expires soon");

        async Task RunAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ExpiryCheck>().RunAsync(cancel);
        }
    }
}
