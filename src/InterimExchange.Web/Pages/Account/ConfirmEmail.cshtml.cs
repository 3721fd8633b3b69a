namespace InterimExchange.Web.Pages.Account;

/// <summary>The link sent to a person's new address: following it and confirming moves their sign-in to that address.</summary>
[Throttled]
public sealed class ConfirmEmailModel(IAccounts accounts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await accounts.SendAsync(new ConfirmEmailChangeCommand(UserId, Email ?? "", Token ?? ""), cancellationToken);
        if (ModelState.AddErrors(result, prefix: ""))
        {
            return Page();
        }

        TempData["Confirmation"] = $"You sign in with {Email} from now on.";
        return Redirect(User.Identity?.IsAuthenticated == true ? "/settings" : "/account/sign-in");
    }
}
