namespace InterimExchange.Web.Pages.Account;

[Throttled]
public sealed class InvitationModel(IAccounts accounts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public InvitationInput Input { get; set; } = new();

    public ColleagueInvitationView Invitation { get; private set; } = new(InvitationTokenStatus.Unknown, null, null);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Invitation = await accounts.AskAsync(new ColleagueInvitationQuery(Token), cancellationToken);
        Response.StatusCode = Invitation.Status switch
        {
            InvitationTokenStatus.Valid => StatusCodes.Status200OK,
            InvitationTokenStatus.Unknown or InvitationTokenStatus.WrongPurpose => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status410Gone,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await accounts.SendAsync(
            new AcceptColleagueInvitationCommand(Token, Input.DisplayName ?? "", Input.Password ?? ""), cancellationToken);
        if (ModelState.AddErrors(result))
        {
            await OnGetAsync(cancellationToken);
            return Page();
        }

        TempData["Confirmation"] = "Welcome to InterimExchange. Your account is ready.";
        return Redirect("/portal");
    }

    public sealed class InvitationInput
    {
        public string? DisplayName { get; set; }

        public string? Password { get; set; }
    }
}
