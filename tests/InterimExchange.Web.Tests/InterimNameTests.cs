using System.Net;
using System.Text.RegularExpressions;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Routing.Contracts;
using InterimExchange.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Web.Tests;

/// <summary>
/// Proposals name candidates by an alias on purpose. Once one is selected, the firm that proposed her, a firm that began with nothing,
/// gives her real name; the engagement, its reviews and reminders use it, and nobody else can set it.
/// </summary>
public sealed partial class InterimNameTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private const string Firm = "Kestrel Interim";
    private const string Kai = "kai.berger@kestrelinterim.example";
    private const string Lena = "lena.vos@kestrelinterim.example";
    private const string Password = "KestrelInterim2027";
    private const string Amelia = "amelia.hart@northbridge.example";
    private const string Sofia = "sofia.lindqvist@valdora.example";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_firm_whose_candidate_is_selected_is_asked_for_her_name_and_the_engagement_and_its_reminders_use_it()
    {
        // A firm applies, is vetted, and its admin brings in a colleague.
        (await app.Anonymous().PostFormAsync("/firms/apply", Forms.FirmApplication(Kai, "Kai Berger", Firm))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // The applicant's account follows from the application, once its event is handled.
        await app.QuietAsync();
        var kai = await app.SignedInAsync(Kai, "AtlasInterim2027");
        await app.JoinAsync(kai, Firm, Lena, "Lena Vos", Password);
        var firmId = await VetAsync();

        // A brief is routed to it; it proposes Candidate K, who is scored, shortlisted and selected.
        var briefId = await ProposedAsync(firmId);
        var coordinator = Callers.Rpo(Marketplace.Northbridge, userId: await app.AccountAsync(Amelia), name: "Amelia Hart");
        await app.ScoreEverythingAsync(coordinator, briefId, 4);
        await app.ScoreEverythingAsync(Callers.Client(DemoAccounts.Valdora.Id, userId: await app.AccountAsync(Sofia), name: "Dr Sofia Lindqvist"), briefId, 4);
        app.CloseProposals();
        await RunAsync("UnsealAfterProposalsClose.UnsealAfterProposalsClose");
        var proposal = (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().AskAsync(new ViewEvaluationQuery(coordinator, briefId), Cancel)))!.Proposals.Single(p => p.FirmName == Firm);
        var candidateId = proposal.Candidates.Single().Id;
        (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new ShortlistCandidateCommand(coordinator, briefId, proposal.ProposalId, candidateId), Cancel))).Succeeded.ShouldBeTrue();
        (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new CloseBriefCommand(Callers.Rpo(Marketplace.Northbridge, userId: coordinator.UserId, name: "Amelia Hart"), briefId, new BriefClosing(ClosingKind.Filled, null, null, proposal.ProposalId, candidateId), new Dictionary<Guid, string>()), Cancel))).Succeeded.ShouldBeTrue();

        // Two weeks on, everyone signs in again. Until the firm names her, everyone reads honestly that she is still Candidate K.
        var lena = await app.SignedInAsync(Lena, Password);
        kai = await app.SignedInAsync(Kai, "AtlasInterim2027");
        var amelia = await app.SignedInAsync(Amelia);
        var sofia = await app.SignedInAsync(Sofia);
        var rpoEngagement = $"/rpo/briefs/{briefId}/engagement";
        var clientEngagement = $"/client/briefs/{briefId}/engagement";
        var firmEngagement = $"/firm/briefs/{briefId}/engagement";
        (await ReadAsync(amelia, rpoEngagement)).ShouldContain("Candidate K — the firm has not given the name yet");
        (await ReadAsync(sofia, clientEngagement)).ShouldContain("Candidate K — the firm has not given the name yet");

        // The firm is told, and asked for the name, not told "your candidate Candidate K".
        var told = await app.NotificationAsync(await app.AccountAsync(Lena), $"Selected for {Role}: please give the interim's name");
        told.Body.ShouldContain("The candidate you proposed as Candidate K is selected");
        told.Body.ShouldContain("Please give the interim's name on the engagement page");
        told.Body.ShouldNotContain("Your candidate Candidate K");
        var routed = await ReadAsync(lena, $"/firm/briefs/{briefId}");
        routed.ShouldContain("The candidate you proposed as Candidate K was selected");
        routed.ShouldContain($"href=\"{firmEngagement}#interim-name\">give the interim's name</a>");
        (await ReadAsync(lena, firmEngagement)).ShouldContain("Your candidate was selected: give the interim's name");

        // Bad input keeps what was typed, with the message next to the field.
        var blank = await (await lena.PostFormAsync(firmEngagement, new() { ["InterimName"] = "   " }, $"{firmEngagement}?handler=Name")).Content.ReadAsStringAsync(Cancel);
        blank.ShouldShowErrorNextTo("InterimName", "Give the name of the interim: the client and the coordinator use it from now on.");
        var tooLong = new string('n', 201);
        var refused = await lena.PostFormAsync(firmEngagement, new() { ["InterimName"] = tooLong }, $"{firmEngagement}?handler=Name");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refusedPage = await refused.Content.ReadAsStringAsync(Cancel);
        refusedPage.ShouldShowErrorNextTo("InterimName", "Keep the name to 200 characters.");
        refusedPage.ShouldContain($"value=\"{tooLong}\"");

        // Nobody else names her: another firm, and the coordinator, find nothing to name.
        var maria = await app.SignedInAsync("maria.santos@meridianquality.example");
        (await maria.PostFormAsync("/firm", new() { ["InterimName"] = "Someone Else" }, $"{firmEngagement}?handler=Name")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await amelia.PostFormAsync(rpoEngagement, new() { ["InterimName"] = "Someone Else" }, $"{rpoEngagement}?handler=Name")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A member of the firm names her; its admin corrects the spelling later.
        var named = await lena.PostFormAsync(firmEngagement, new() { ["InterimName"] = "Ines Moreu" }, $"{firmEngagement}?handler=Name");
        named.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReadAsync(lena, firmEngagement)).ShouldContain("Thank you: the client and the coordinator now read Ines Moreu.");
        (await ReadAsync(kai, firmEngagement)).ShouldContain("value=\"Ines Moreu\"");
        (await kai.PostFormAsync(firmEngagement, new() { ["InterimName"] = " Dr Ines Moreau " }, $"{firmEngagement}?handler=Name")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The coordinator, the client executive and the firm read her name from now on, the alias beside it.
        foreach (var (person, path) in new[] { (amelia, rpoEngagement), (sofia, clientEngagement), (kai, firmEngagement) })
        {
            var page = await ReadAsync(person, path);
            page.ShouldContain("Dr Ines Moreau (Candidate K)");
            page.ShouldNotContain("the firm has not given the name yet");
        }

        (await ReadAsync(lena, $"/firm/briefs/{briefId}")).ShouldContain("Dr Ines Moreau (proposed as Candidate K) was selected");
        (await ReadAsync(amelia, $"/rpo/briefs/{briefId}/evaluation")).ShouldContain("Dr Ines Moreau (Candidate K) of Kestrel Interim");

        // The relationship with the firm learns the name too: its timeline says so.
        var relationship = $"/rpo/relationships/{Regex.Match(await amelia.GetStringAsync("/rpo/relationships", Cancel), $"href=\"/rpo/relationships/([0-9a-f-]{{36}})\">{Firm}<").Groups[1].Value}";
        await TestServices.Eventually(async () => (await ReadAsync(amelia, relationship)).Contains($"{Firm} corrected its interim's name on {Role}: Dr Ines Moreau, not Ines Moreu.",
            StringComparison.Ordinal), TimeSpan.FromSeconds(30), "the corrected name in the relationship's timeline");
        var timeline = await ReadAsync(amelia, relationship);
        timeline.ShouldContain($"{Firm} named its interim on {Role}: Ines Moreu (proposed as Candidate K).");

        // Her first review falls due: the reminders, in the app and by email, and the homes name her.
        var first = (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().AskAsync(new ViewEngagementQuery(Callers.Rpo(Marketplace.Northbridge), briefId), Cancel)))!.Criteria.MinBy(c => c.ReviewOn)!;
        app.Clock.SetUtcNow(new DateTimeOffset(first.ReviewOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        await RunAsync("SendReviewReminders.ReviewReminders");
        await app.NotificationAsync(await app.AccountAsync(Amelia), $"Review due: Dr Ines Moreau on {Role}");
        await app.NotificationAsync(await app.AccountAsync(Sofia), $"Review due: Dr Ines Moreau on {Role}");
        await app.EmailToAsync(Amelia, $"Review due: Dr Ines Moreau on {Role}");
        sofia = await app.SignedInAsync(Sofia);
        (await ReadAsync(sofia, "/client")).ShouldContain($"Dr Ines Moreau on {Role}");

        // Her review reaches the firm under her name.
        (await sofia.PostFormAsync(clientEngagement, new() { ["Reviews[0].Number"] = $"{first.Number}", ["Reviews[0].Rating"] = "Met", ["Reviews[0].Evidence"] = "Signed off by the site" },
            $"{clientEngagement}?handler=Review")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await app.NotificationAsync(await app.AccountAsync(Lena), $"Dr Ines Moreau reviewed on {Role}: Met");
    }

    private const string Role = "Interim Director of Regulatory Affairs";

    /// <summary>Runs one of the proposals module's scheduled works now, as its hour would.</summary>
    private Task<int> RunAsync(string work) => app.WithAsync(sp =>
        ((BuildingBlocks.Scheduling.IScheduledWork)sp.GetRequiredService(Type.GetType($"InterimExchange.Proposals.Features.{work}, InterimExchange.Proposals", throwOnError: true)!))
            .RunAsync(Cancel));

    private static async Task<string> ReadAsync(HttpClient person, string path) => WebUtility.HtmlDecode(await person.GetStringAsync(path, Cancel));

    /// <summary>The vetting officer ticks the checklist and approves the firm; returns its id.</summary>
    private async Task<Guid> VetAsync()
    {
        var olivia = await app.SignedInAsync("olivia.grant@interimexchange.example");
        var firmId = Regex.Match(await olivia.GetStringAsync("/admin/firms", Cancel), $"href=\"/admin/firms/([0-9a-f-]{{36}})\">{Firm}<").Groups[1].Value;
        var review = $"/admin/firms/{firmId}";
        var checklist = new Dictionary<string, string> { ["ValidUntil"] = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddYears(1).ToString("yyyy-MM-dd") };
        foreach (Match item in ChecklistItem().Matches(await olivia.GetStringAsync(review, Cancel)))
        {
            checklist[$"Checklist[{item.Groups[1].Value}].Item"] = item.Groups[2].Value;
            checklist[$"Checklist[{item.Groups[1].Value}].Done"] = "true";
        }

        (await olivia.PostFormAsync(review, checklist, $"{review}?handler=Approve")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return Guid.Parse(firmId);
    }

    /// <summary>The demo regulatory brief, confirmed and routed to the firm alone, which answers interested and proposes Candidate K.</summary>
    private async Task<Guid> ProposedAsync(Guid firmId)
    {
        var briefId = await app.WithAsync(async sp =>
        {
            var briefs = sp.GetRequiredService<IBriefs>();
            var id = (await briefs.AskAsync(new ListBriefsQuery(Marketplace.Northbridge, null, "Regulatory Affairs", 1), Cancel)).Items.Single().Id;
            if ((await briefs.AskAsync(new ReviewBriefQuery(Marketplace.Northbridge, id), Cancel))!.Status == BriefStatus.BriefingSubmitted)
            {
                (await briefs.SendAsync(new ConfirmBriefingCommand(Callers.Rpo(Marketplace.Northbridge, userId: Guid.NewGuid(), name: "Amelia Hart"), id), Cancel)).Succeeded.ShouldBeTrue();
            }

            return id;
        });
        await TestServices.Eventually(async () => (await app.WithAsync(sp => sp.GetRequiredService<IRouting>().AskAsync(new FindEligibleFirmsQuery(Callers.Rpo(Marketplace.Northbridge), briefId, Firm), Cancel)))
            .Any(f => f.FirmId == firmId), TimeSpan.FromSeconds(60), $"{Firm} eligible in routing's directory");
        var amelia = await app.AccountAsync(Amelia);
        (await app.WithAsync(sp => sp.GetRequiredService<IRouting>().SendAsync(new RouteBriefCommand(Callers.Rpo(Marketplace.Northbridge, DemoAccounts.Northbridge.Name, amelia, "Amelia Hart"), briefId, null, null, [new FirmToRoute(firmId, null)]), Cancel))).Succeeded.ShouldBeTrue();
        await TestServices.Eventually(async () => await app.WithAsync(async sp => await sp.GetRequiredService<IProposals>().AskAsync(new ViewRoutedBriefQuery(Callers.Firm(firmId), briefId), Cancel) is not null),
            TimeSpan.FromSeconds(30), "the brief in the firm's inbox");
        (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new RespondToRoutedBriefCommand(Callers.Firm(firmId), briefId, true, null, null), Cancel))).Succeeded.ShouldBeTrue();
        (await app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new SubmitProposalCommand(Callers.Firm(firmId), briefId, Marketplace.Proposal("Candidate K", 1400)), Cancel))).Succeeded.ShouldBeTrue();
        return briefId;
    }

    [GeneratedRegex("name=\"Checklist\\[(\\d+)\\]\\.Item\" value=\"([^\"]+)\"")]
    private static partial Regex ChecklistItem();
}
