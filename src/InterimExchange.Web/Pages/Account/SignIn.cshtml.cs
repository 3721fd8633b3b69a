namespace InterimExchange.Web.Pages.Account;

[Throttled]
public sealed class SignInModel(IAccounts accounts) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
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

        if (await accounts.SignInAsync(Input.Email!, Input.Password!, Input.RememberMe, cancellationToken))
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/portal");
        }

        // One answer for a wrong password, an unknown address and a locked account: the page never tells who has an account.
        ModelState.AddModelError("", "That email and password do not match an account, or the account is locked for 15 minutes after five failed attempts. Check both, or reset your password to sign in now.");
        return Page();
    }

    public sealed class SignInInput
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public bool RememberMe { get; set; }
    }
}
