namespace InterimExchange.Web.Pages.Account;

[Throttled]
public sealed class ForgotPasswordModel(IAccounts accounts) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), "Enter the email address you sign in with.");
            return Page();
        }

        await accounts.RequestPasswordResetAsync(Email, cancellationToken);
        Sent = true;
        return Page();
    }
}
