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
        if (ModelState.AddErrors(await accounts.SendAsync(new RequestPasswordResetCommand(Email ?? ""), cancellationToken), prefix: ""))
        {
            return Page();
        }

        Sent = true;
        return Page();
    }
}
