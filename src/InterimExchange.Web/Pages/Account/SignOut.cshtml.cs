namespace InterimExchange.Web.Pages.Account;

public sealed class SignOutModel(IAccounts accounts) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await accounts.SignOutAsync();
        TempData["Confirmation"] = "You are signed out.";
        return Redirect("/");
    }

    /// <summary>For a lost phone or a shared computer: every session of this account ends, not only this one.</summary>
    public async Task<IActionResult> OnPostEverywhereAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await accounts.SignOutEverywhereAsync(User.UserId());
        }

        TempData["Confirmation"] = "You are signed out on every device: any other browser is signed out at its next page.";
        return Redirect("/");
    }
}
