using System.Net;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Accounts.Domain;
using InterimExchange.Accounts.Features;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Web.Tests;

/// <summary>Briefs through the RPO and client portals: the forms, the links, and who may see what.</summary>
public sealed class BriefPagesTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private const string Amelia = "amelia.hart@northbridge.example";
    private const string Sofia = "sofia.lindqvist@valdora.example";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_RPO_sees_its_briefs_in_several_states_with_their_next_step()
    {
        var amelia = await app.SignedInAsync(Amelia);

        var html = await amelia.GetStringAsync("/rpo", Cancel);

        html.ShouldContain("Interim Head of Quality");
        html.ShouldContain("Review the briefing");
        html.ShouldContain("Interim Director of Regulatory Affairs");
        html.ShouldContain("Route to firms");
        html.ShouldContain("Interim Finance Transformation Lead");
        html.ShouldContain("Invite the client executive to brief");
    }

    [Fact]
    public async Task The_briefs_list_filters_by_status_and_searches_by_client()
    {
        var amelia = await app.SignedInAsync(Amelia);

        var confirmed = await amelia.GetStringAsync("/rpo?status=Confirmed", Cancel);
        confirmed.ShouldContain("Interim Director of Regulatory Affairs");
        confirmed.ShouldNotContain("Interim Head of Quality");

        var harbour = await amelia.GetStringAsync("/rpo?search=harbour", Cancel);
        harbour.ShouldContain("Interim Finance Transformation Lead");
        harbour.ShouldNotContain("Interim Supply Chain Director");
    }

    [Fact]
    public async Task A_draft_with_missing_fields_is_explained_next_to_each_field_and_keeps_what_was_typed()
    {
        var amelia = await app.SignedInAsync(Amelia);

        var response = await amelia.PostFormAsync("/rpo/briefs/edit", new() { ["Input.RoleTitle"] = "Interim Plant Director", ["Input.DurationMonths"] = "60" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        html.ShouldContain("value=\"Interim Plant Director\"");
        html.ShouldContain("Choose the client company.");
        html.ShouldContain("Enter a duration between 1 and 36 months.");
    }

    [Fact]
    public async Task Another_RPO_s_coordinator_can_neither_read_nor_change_a_brief()
    {
        var briefId = await DemoBriefIdAsync("Interim Head of Quality");
        var stranger = await OtherRpoCoordinatorAsync();

        (await stranger.GetAsync($"/rpo/briefs/{briefId}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/rpo/briefs/edit/{briefId}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var confirm = await stranger.PostFormAsync("/rpo", [], $"/rpo/briefs/{briefId}?handler=Confirm");
        confirm.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetStringAsync("/rpo", Cancel)).ShouldNotContain("Interim Head of Quality");

        var amelia = await app.SignedInAsync(Amelia);
        (await amelia.GetStringAsync($"/rpo/briefs/{briefId}", Cancel)).ShouldContain("Briefing submitted");
    }

    [Fact]
    public async Task The_client_executive_s_home_says_where_each_brief_stands_and_what_she_owes_and_a_submitted_briefing_reads_as_one_page()
    {
        var sofia = await app.SignedInAsync(Sofia);

        var home = WebUtility.HtmlDecode(await sofia.GetStringAsync("/client", Cancel));
        home.ShouldContain("Reviews you owe");
        home.ShouldContain($"<a href=\"/client/briefs/{DemoBriefs.SiteDirector}/engagement\">");
        home.ShouldContain("Interim engaged");
        home.ShouldMatch(@"\d+ reviews? due");

        var read = await sofia.GetStringAsync($"/client/briefings/{DemoBriefs.SiteDirector}", Cancel);
        read.ShouldContain("You submitted this briefing");
        read.ShouldNotContain("Save and continue");
        read.ShouldNotContain("Briefing steps");
        (await sofia.GetStringAsync($"/client/briefings/{DemoBriefs.SiteDirector}/context", Cancel)).ShouldNotContain("<textarea");
    }

    [Fact]
    public async Task The_client_executive_reaches_only_the_briefs_they_were_invited_to()
    {
        var sofia = await app.SignedInAsync(Sofia);
        var invited = await DemoBriefIdAsync("Interim Head of Quality");
        var notInvited = await DemoBriefIdAsync("Interim Finance Transformation Lead");

        (await sofia.GetAsync($"/client/briefings/{invited}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await sofia.GetAsync($"/client/briefings/{notInvited}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await sofia.GetStringAsync("/client", Cancel);
        list.ShouldContain("Interim Head of Quality");
        list.ShouldNotContain("Interim Finance Transformation Lead");

        (await sofia.GetAsync($"/rpo/briefs/{invited}", Cancel)).ShouldBeRefused();
    }

    [Fact]
    public async Task A_new_executive_joins_through_the_briefing_link_and_sees_that_brief_only()
    {
        var (briefId, link) = await InviteGraceAsync();
        var grace = app.Anonymous();

        (await grace.GetStringAsync(link, Cancel)).ShouldContain("Brief us on the Interim Finance Transformation Lead");
        var joined = await grace.PostFormAsync(link, new() { ["Input.DisplayName"] = "Grace Whitfield", ["Input.Password"] = "HarbourFoods2027" });

        joined.Headers.Location!.OriginalString.ShouldBe($"/client/briefings/{briefId}");
        (await grace.GetAsync($"/client/briefings/{briefId}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await grace.GetAsync($"/client/briefings/{await DemoBriefIdAsync("Interim Head of Quality")}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_revoked_briefing_link_gets_a_clear_page()
    {
        var (briefId, link) = await InviteGraceAsync("mark");
        var amelia = await app.SignedInAsync(Amelia);
        var invitationId = (await BriefAsync(briefId)).Invitations.First(i => i.State == InvitationState.Sent).Id;

        await amelia.PostFormAsync($"/rpo/briefs/{briefId}", [], $"/rpo/briefs/{briefId}?handler=Revoke&invitationId={invitationId}");

        var response = await app.Anonymous().GetAsync(link, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("This briefing link no longer works");
    }

    [Fact]
    public async Task A_colleague_invitation_link_does_not_open_a_briefing()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<InvitationTokenService>().IssueAsync(
            new IssueInvitationToken("accounts.colleague", DemoAccounts.Valdora.Id.ToString(), Sofia, TimeSpan.FromDays(1), Guid.NewGuid()), Cancel);

        var response = await app.Anonymous().GetAsync($"/account/briefing?token={issued.Token}", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("This briefing link is not valid");
    }

    [Fact]
    public async Task Holding_a_brief_without_a_reason_says_so_next_to_the_field_and_keeps_the_date()
    {
        var amelia = await app.SignedInAsync(Amelia);
        var briefId = await DemoBriefIdAsync("Interim Finance Transformation Lead");

        var response = await amelia.PostFormAsync($"/rpo/briefs/{briefId}", new() { ["Hold.ReviewDate"] = "2027-01-15" }, $"/rpo/briefs/{briefId}?handler=Hold");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        html.ShouldShowErrorNextTo("Hold.Reason", "Give the reason: every firm waiting on this brief will read it.");
        html.ShouldContain("value=\"2027-01-15\"");
    }

    [Fact]
    public async Task Amending_confirmed_criteria_without_a_reason_is_refused_next_to_the_field_and_keeps_what_was_typed()
    {
        var amelia = await app.SignedInAsync(Amelia);
        var briefId = await DemoBriefIdAsync("Interim Director of Regulatory Affairs");

        var response = await amelia.PostFormAsync($"/rpo/briefs/{briefId}", new()
        {
            ["Amend.Criteria[0].Outcome"] = "Variation dossier accepted",
            ["Amend.Criteria[0].Measure"] = new string('m', 1001),
            ["Amend.Criteria[0].Horizon"] = "Days180",
        }, $"/rpo/briefs/{briefId}?handler=Amend");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        html.ShouldShowErrorNextTo("Amend.Reason", "Give the reason for the amendment");
        html.ShouldShowErrorNextTo("Amend.Criteria[0].Measure", "Keep the measure to 1,000 characters.");
        html.ShouldContain("value=\"Variation dossier accepted\"");
    }

    [Fact]
    public async Task A_briefing_step_with_an_incomplete_criterion_says_what_is_missing_and_keeps_the_text()
    {
        var sofia = await app.SignedInAsync(Sofia);
        var briefId = await DemoBriefIdAsync("Interim Supply Chain Director");

        var response = await sofia.PostFormAsync($"/client/briefings/{briefId}/success-criteria", new()
        {
            ["Input.SuccessCriteria[0].Outcome"] = "Safety stock back to policy",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        html.ShouldContain("Say how you will measure it.");
        html.ShouldContain("Choose by when it should be achieved.");
        html.ShouldContain("value=\"Safety stock back to policy\"");
    }

    [Fact]
    public async Task Firms_never_receive_the_commercial_section()
    {
        var briefId = await DemoBriefIdAsync("Interim Head of Quality");
        await using var scope = app.Services.CreateAsyncScope();

        var view = await scope.ServiceProvider.GetRequiredService<IBriefs>().AskAsync(new FirmBriefQuery(briefId), Cancel);

        view.ShouldNotBeNull();
        view.SuccessCriteria.Count.ShouldBe(3);
        view.ClientName.ShouldBeNull("the brief is confidential");
        typeof(FirmBriefView).GetProperties().Select(p => p.Name)
            .ShouldNotContain(name => name.Contains("Rate", StringComparison.OrdinalIgnoreCase) || name.Contains("Commercial", StringComparison.OrdinalIgnoreCase) || name.Contains("Currency", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<(Guid BriefId, string Link)> InviteGraceAsync(string who = "grace")
    {
        var amelia = await app.SignedInAsync(Amelia);
        var clients = await ClientsAsync();
        var harbour = clients.Single(c => c.Name == "Harbour Foods");
        var email = $"{who}.{Guid.NewGuid():N}@harbourfoods.example";
        await amelia.PostFormAsync($"/rpo/clients/{harbour.Id}", new() { ["Input.Name"] = "Grace Whitfield", ["Input.JobTitle"] = "CEO", ["Input.Email"] = email });
        var contact = (await ClientsAsync()).Single(c => c.Id == harbour.Id).Contacts.Single(c => c.Email == email);
        var created = await amelia.PostFormAsync("/rpo/briefs/edit", new()
        {
            ["Input.RoleTitle"] = "Interim Finance Transformation Lead",
            ["Input.ClientCompanyId"] = harbour.Id.ToString(),
            ["Input.Sector"] = "consumer",
            ["Input.Function"] = "finance-transformation",
            ["Input.Seniority"] = "executive",
            ["Input.Region"] = "uk-ireland",
            ["Input.Location"] = "Bristol, UK",
            ["Input.RemotePolicy"] = "Hybrid",
            ["Input.ExpectedStart"] = DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd"),
            ["Input.DurationMonths"] = "9",
        });
        var briefId = Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        var invited = await amelia.PostFormAsync($"/rpo/briefs/{briefId}", new() { ["contactId"] = contact.Id.ToString() }, $"/rpo/briefs/{briefId}?handler=Invite");
        invited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var invitation = await app.EmailToAsync(email, "Please brief us on the Interim Finance Transformation Lead");
        // Role titles usually start with "Interim": the sentence reads well either way.
        invitation.ShouldNotContain("interim Interim", Case.Insensitive);
        invitation.ShouldContain("the role \"Interim Finance Transformation Lead\"");
        return (briefId, PortalFactory.LinkIn(invitation, "/account/briefing"));
    }

    private async Task<HttpClient> OtherRpoCoordinatorAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var organisation = (await scope.ServiceProvider.GetRequiredService<IAccounts>().SendAsync(new CreateOrganisationCommand("Southgate Resourcing", OrganisationKind.RpoProvider), Cancel)).Id!.Value;
        var email = $"coordinator.{Guid.NewGuid():N}@southgate.example";
        var issued = await scope.ServiceProvider.GetRequiredService<InvitationTokenService>().IssueAsync(
            new IssueInvitationToken("accounts.colleague", organisation.ToString(), email, TimeSpan.FromDays(1), Guid.NewGuid()), Cancel);
        var client = app.Anonymous();
        var joined = await client.PostFormAsync($"/account/invitation?token={issued.Token}", new() { ["Input.DisplayName"] = "Sam Other", ["Input.Password"] = "Southgate2027" });
        joined.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private async Task<Guid> DemoBriefIdAsync(string roleTitle)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<IBriefs>().AskAsync(new ListBriefsQuery(DemoAccounts.Northbridge.Id, null, roleTitle, 1), Cancel);
        return page.Items.OrderBy(b => b.CreatedAtUtc).First().Id;
    }

    private async Task<BriefView> BriefAsync(Guid briefId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IBriefs>().AskAsync(new ReviewBriefQuery(DemoAccounts.Northbridge.Id, briefId), Cancel))!;
    }

    private async Task<IReadOnlyList<ClientCompanyView>> ClientsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IBriefs>().AskAsync(new ClientCompaniesQuery(DemoAccounts.Northbridge.Id), Cancel);
    }
}
