namespace InterimExchange.Web.Pages.Account;

/// <summary>
/// Signing in. Its antiforgery check is made here rather than by the filter, so that a page left open too long (or whose cookie
/// was lost) is shown again, fresh, with the email kept and a line saying why, instead of "request not understood". A post
/// without a valid token still signs nobody in.
/// </summary>
[Throttled]
[IgnoreAntiforgeryToken]
public sealed class SignInModel(IAccounts accounts, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() => ForWhoeverSignsInNext();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var visitor = HttpContext.User;
        ForWhoeverSignsInNext();
        try
        {
            await antiforgery.ValidateRequestAsync(HttpContext);
        }
        catch (Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException refused)
        {
            logger.LogWarning("A sign-in was posted without a valid antiforgery token: {Reason}", refused.Message);
            ModelState.AddModelError("", "This sign-in page had expired. It is fresh now: enter your password again and sign in.");
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", "Enter the email address you sign in with.");
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", "Enter your password.");
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        // Signing in sees the browser's session as it is, so that the same person signing in again keeps it.
        HttpContext.User = visitor;
        if ((await accounts.SendAsync(new SignInCommand(Input.Email!, Input.Password!, Input.RememberMe), cancellationToken)).Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/portal");
        }

        ForWhoeverSignsInNext();

        // One answer for a wrong password, an unknown address and a locked account: the page never tells who has an account.
        ModelState.AddModelError("", "That email and password do not match an account, or the account is locked for 15 minutes after five failed attempts. Check both, or reset your password to sign in now.");
        return Page();
    }

    /// <summary>
    /// The sign-in form is for whoever signs in next, not for the session the browser had when it opened the page: its token is made
    /// and checked as for nobody signed in. Antiforgery binds a token to the user it was made for, so a page opened just before a
    /// sign-out landed (a person signing out in another tab, a journey signing out and straight in again on a busy machine) carried a
    /// token for the old session and was refused as expired. The token still pairs with the browser's antiforgery cookie, which is what
    /// keeps another site from signing a person in to an account of its choosing.
    /// </summary>
    private void ForWhoeverSignsInNext() => HttpContext.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());

    public sealed class SignInInput
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public bool RememberMe { get; set; }
    }
}
