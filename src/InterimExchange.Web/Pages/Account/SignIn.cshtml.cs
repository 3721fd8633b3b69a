namespace InterimExchange.Web.Pages.Account;

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

        switch (await accounts.SignInAsync(Input.Email!, Input.Password!, Input.RememberMe, cancellationToken))
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/portal");
            case SignInOutcome.LockedOut:
                ModelState.AddModelError("", "Too many failed attempts: this account is locked for 15 minutes. Reset your password to unlock it now.");
                break;
            default:
                ModelState.AddModelError("", "That email and password do not match an account. Check both, or reset your password.");
                break;
        }

        return Page();
    }

    public sealed class SignInInput
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public bool RememberMe { get; set; }
    }
}
