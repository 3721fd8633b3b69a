using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace InterimExchange.Web.Pages.Connect;

/// <summary>
/// An app signs its person out of InterimExchange too (OpenID Connect end-session). When the app shows the identity token it
/// holds for the person signed in here, they are signed out at once; otherwise they are asked, so that no other site can sign
/// anyone out with a link. Either way they go back to the app's address, when it is one the app registered.
/// </summary>
public sealed class EndSessionModel(IAccounts accounts) : PageModel
{
    /// <summary>The request's parameters, carried through the form.</summary>
    public IEnumerable<KeyValuePair<string, StringValues>> RequestParameters => Api.OpenIdServer.RequestParameters(Request);

    public async Task<IActionResult> OnGetAsync()
    {
        var hinted = (await HttpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        var person = User.Identity?.IsAuthenticated == true ? User.UserId().ToString() : null;
        if (person is null || hinted?.GetClaim(Claims.Subject) == person)
        {
            return await SignOutAsync();
        }

        HttpContext.AllowFormsTo(HttpContext.GetOpenIddictServerRequest()?.PostLogoutRedirectUri);
        return Page();
    }

    public Task<IActionResult> OnPostAsync() => SignOutAsync();

    private async Task<IActionResult> SignOutAsync()
    {
        await accounts.SendAsync(new SignOutCommand(), HttpContext.RequestAborted);
        TempData["Confirmation"] = "You are signed out.";
        return SignOut(new AuthenticationProperties { RedirectUri = "/" }, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
