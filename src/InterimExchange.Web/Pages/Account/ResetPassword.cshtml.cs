namespace InterimExchange.Web.Pages.Account;

[Throttled]
public sealed class ResetPasswordModel(IAccounts accounts) : PageModel
{
    [BindProperty]
    public ResetPasswordInput Input { get; set; } = new();

    public void OnGet(string? email, string? token) => Input = new ResetPasswordInput { Email = email, Token = token };

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await accounts.SendAsync(
            new ResetPasswordCommand(Input.Email ?? "", Input.Token ?? "", Input.NewPassword ?? ""), cancellationToken);
        if (ModelState.AddErrors(result))
        {
            return Page();
        }

        TempData["Confirmation"] = "Your password is changed. Sign in with the new one.";
        return Redirect("/account/sign-in");
    }

    public sealed class ResetPasswordInput
    {
        public string? Email { get; set; }

        public string? Token { get; set; }

        public string? NewPassword { get; set; }
    }
}
