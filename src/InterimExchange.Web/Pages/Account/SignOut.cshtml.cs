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
}
