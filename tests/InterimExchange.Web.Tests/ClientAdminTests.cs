using System.Net;
using System.Text.RegularExpressions;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Web.Tests;

/// <summary>A client company's executives set up their accounts through their briefing links: the first, and any the RPO named, are its admins.</summary>
public sealed class ClientAdminTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private const string Role = "Interim Finance Transformation Lead";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_client_company_s_first_executive_and_the_contact_the_RPO_named_are_its_admins_and_the_others_are_not()
    {
        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");
        var brief = await app.WithAsync(async sp =>
        {
            var briefs = sp.GetRequiredService<IBriefs>();
            var id = (await briefs.AskAsync(new ListBriefsQuery(Marketplace.Northbridge, null, Role, 1), Cancel)).Items.Single().Id;
            return (await briefs.AskAsync(new ReviewBriefQuery(Marketplace.Northbridge, id), Cancel))!;
        });
        foreach (var (name, email, admin) in new[] { ("Hugo Brandt", "hugo.brandt@harbourfoods.example", true), ("Ivy Lane", "ivy.lane@harbourfoods.example", false) })
        {
            var fields = new Dictionary<string, string> { ["Input.Name"] = name, ["Input.JobTitle"] = "Director", ["Input.Email"] = email };
            if (admin)
            {
                fields["Input.IsAdmin"] = "true";
            }

            (await amelia.PostFormAsync($"/rpo/clients/{brief.ClientCompanyId}", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await amelia.GetStringAsync($"/rpo/clients/{brief.ClientCompanyId}", Cancel)).ShouldContain("Hugo Brandt (admin of their company)");

        // Grace, the company's first executive to set up an account, then Hugo whom the RPO named, then Ivy.
        await BriefsThroughHerLinkAsync(amelia, brief.Id, "Grace Whitfield", "grace.whitfield@harbourfoods.example");
        await BriefsThroughHerLinkAsync(amelia, brief.Id, "Hugo Brandt", "hugo.brandt@harbourfoods.example");
        var ivy = await BriefsThroughHerLinkAsync(amelia, brief.Id, "Ivy Lane", "ivy.lane@harbourfoods.example");

        var team = WebUtility.HtmlDecode(await ivy.GetStringAsync("/organisation/team", Cancel));
        team.ShouldContain("Admins: Grace Whitfield, Hugo Brandt.");
        team.ShouldContain("Ask Grace Whitfield or Hugo Brandt to invite a colleague");
    }

    private async Task<HttpClient> BriefsThroughHerLinkAsync(HttpClient coordinator, Guid briefId, string name, string email)
    {
        var page = await coordinator.GetStringAsync($"/rpo/briefs/{briefId}", Cancel);
        var contact = Regex.Match(page, $"<option value=\"([0-9a-f-]{{36}})\"[^>]*>{Regex.Escape(name)},").Groups[1].Value;
        (await coordinator.PostFormAsync($"/rpo/briefs/{briefId}", new() { ["contactId"] = contact }, $"/rpo/briefs/{briefId}?handler=Invite"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var link = PortalFactory.LinkIn(await app.EmailToAsync(email, "Please brief us"), "/account/briefing");
        var executive = app.Anonymous();
        (await executive.PostFormAsync(link, new() { ["Input.DisplayName"] = name, ["Input.Password"] = "HarbourFoods2027" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return executive;
    }
}
