namespace InterimExchange.Web.Pages.Account;

public sealed class SignOutModel(IAccounts accounts) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await accounts.SendAsync(new SignOutCommand(), cancellationToken);
        TempData["Confirmation"] = "You are signed out.";
        return Redirect("/");
    }

    /// <summary>For a lost phone or a shared computer: every session of this account ends, not only this one.</summary>
    public async Task<IActionResult> OnPostEverywhereAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await accounts.SendAsync(new EndEverySessionCommand(User.Caller()), cancellationToken);
        }

        TempData["Confirmation"] = "You are signed out on every device: any other browser is signed out at its next page.";
        return Redirect("/");
    }
}
