using InterimExchange.Web;
using System.Net;
using Microsoft.Extensions.Configuration;

namespace InterimExchange.Testing;

/// <summary>How an organisation's people arrive when it starts empty: founded by the operator, or invited and joining.</summary>
internal static class People
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The operator's <c>found-organisation</c>; the admin chooses a password through the printed link and signs in.</summary>
    public static async Task<HttpClient> FoundAsync(this PortalFactory app, string kind, string organisation, string email, string name, string password)
    {
        using var output = new StringWriter();
        var arguments = new Dictionary<string, string?> { ["kind"] = kind, ["name"] = organisation, ["admin-email"] = email, ["admin-name"] = name };
        (await Commands.FoundOrganisationAsync(app.Services, new ConfigurationBuilder().AddInMemoryCollection(arguments).Build(), output, Cancel)).ShouldBe(0, output.ToString());
        var link = PortalFactory.LinkIn(output.ToString(), "/account/reset-password");
        (await app.Anonymous().PostFormAsync(link, new()
        {
            ["Input.Email"] = email,
            ["Input.Token"] = System.Web.HttpUtility.ParseQueryString(new Uri("http://localhost" + link).Query)["token"]!,
            ["Input.NewPassword"] = password,
        }, "/account/reset-password")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return await app.SignedInAsync(email, password);
    }

    /// <summary>The admin invites <paramref name="email"/> on the team page, who joins through the emailed link; returns their session.</summary>
    public static async Task<HttpClient> JoinAsync(this PortalFactory app, HttpClient admin, string organisation, string email, string name, string password,
        bool asAdmin = false)
    {
        var fields = new Dictionary<string, string> { ["Email"] = email };
        if (asAdmin)
        {
            fields["AsAdmin"] = "true";
        }

        (await admin.PostFormAsync("/organisation/team", fields, "/organisation/team?handler=Invite")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var link = PortalFactory.LinkIn(await app.EmailToAsync(email, $"invites you to {organisation}"), "/account/invitation");
        var colleague = app.Anonymous();
        (await colleague.PostFormAsync(link, new() { ["Input.DisplayName"] = name, ["Input.Password"] = password })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return colleague;
    }
}
