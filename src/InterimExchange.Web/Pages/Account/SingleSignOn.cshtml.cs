using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace InterimExchange.Web.Pages.Account;

/// <summary>
/// Signing in through the organisation's own provider: the person gives their email, whose domain names the organisation; the
/// provider signs them in and sends them back, and they are signed in to the account their organisation has for that email.
/// </summary>
[Throttled]
public sealed class SingleSignOnModel(IAccounts accounts) : PageModel
{
    private const string OrganisationItem = "organisation";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>The address whose first sign-in through the provider the person confirms with their password.</summary>
    public string? Confirming { get; private set; }

    public void OnGet(bool failed = false)
    {
        if (failed)
        {
            ModelState.AddModelError("", "Your organisation's sign-in did not complete. Try again, or sign in with your password.");
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email) || await accounts.AskAsync(new ProviderForEmailQuery(Email), cancellationToken) is not { } provider)
        {
            ModelState.AddModelError(nameof(Email), "No organisation signs in the people of this address through its own provider. Sign in with your password.");
            return Page();
        }

        var properties = new AuthenticationProperties { RedirectUri = Url.Page("/Account/SingleSignOn", "Callback", new { returnUrl = ReturnUrl }) };
        properties.Items[OrganisationItem] = provider.OrganisationId.ToString();
        properties.SetParameter("login_hint", Email.Trim());
        if (await SingleSignOn.ChallengeAsync(HttpContext, provider, properties) is { } refusal)
        {
            ModelState.AddModelError("", refusal);
            return Page();
        }

        return new EmptyResult();
    }

    /// <summary>Back from the provider: the organisation comes from the protected sign-in state, never from the address.</summary>
    public async Task<IActionResult> OnGetCallbackAsync(CancellationToken cancellationToken) => await SignInAsync(password: null, cancellationToken);

    /// <summary>The first sign-in through the provider, confirmed with the account's password while the provider's sign-in is fresh.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken) => await SignInAsync(Password ?? "", cancellationToken);

    private async Task<IActionResult> SignInAsync(string? password, CancellationToken cancellationToken)
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || external.Principal is not { } person || external.Properties?.Items.TryGetValue(OrganisationItem, out var organisation) != true
            || !Guid.TryParse(organisation, out var organisationId) || person.FindFirst("sub") is not { } subject)
        {
            await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
            ModelState.AddModelError("", "Your organisation's sign-in did not complete. Try again, or sign in with your password.");
            return Page();
        }

        var identity = new ExternalIdentity(organisationId, person.FindFirstValue("iss") ?? subject.Issuer, subject.Value, person.FindFirstValue("email"),
            bool.TryParse(person.FindFirstValue("email_verified"), out var verified) && verified);
        var result = await accounts.SendAsync(new ProviderSignInCommand(identity, password), cancellationToken);

        // The provider's sign-in is kept (for minutes) only while the person confirms the first link with their password.
        Confirming = result.Errors.ContainsKey(ExternalIdentity.PasswordField) ? identity.Email : null;
        if (Confirming is null)
        {
            await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        }

        if (ModelState.AddErrors(result, prefix: ""))
        {
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/portal");
    }
}
