namespace InterimExchange.Web.Pages.Account;

/// <summary>
/// The briefing invitation link: it brings the executive into that briefing, creating their account on first use
/// or asking them to sign in when they have one. Expired, revoked and unknown links get a page that says so.
/// </summary>
[Throttled]
public sealed class BriefingLinkModel(IBriefs briefings, IAccounts accounts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public NewAccountInput Input { get; set; } = new();

    public BriefingLink Link { get; private set; } = new(BriefingLinkStatus.Unknown, null, null, null, null, null, null);

    public bool HasAccount { get; private set; }

    public string SelfUrl => $"/account/briefing?token={Uri.EscapeDataString(Token)}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Link = await briefings.AskAsync(new OpenBriefingLinkQuery(Token), cancellationToken);
        if (Link.Status == BriefingLinkStatus.Used && User.Identity?.IsAuthenticated == true)
        {
            return Redirect($"/client/briefings/{Link.BriefId}");
        }

        if (Link.Status != BriefingLinkStatus.Valid)
        {
            Response.StatusCode = Link.Status == BriefingLinkStatus.Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
            return Page();
        }

        if (User.Identity?.IsAuthenticated == true)
        {
            return await ClaimAsync(User.UserId(), User.Email(), cancellationToken);
        }

        HasAccount = await accounts.AskAsync(new FindAccountQuery(Link.Email!), cancellationToken) is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Link = await briefings.AskAsync(new OpenBriefingLinkQuery(Token), cancellationToken);
        if (Link.Status != BriefingLinkStatus.Valid)
        {
            return await OnGetAsync(cancellationToken);
        }

        var created = await accounts.SendAsync(
            new RegisterInvitedCommand(Link.ClientOrganisationId!.Value, Link.Email!, Input.DisplayName ?? "", Input.Password ?? "", AsAdmin: Link.AsAdmin), cancellationToken);
        if (ModelState.AddErrors(created))
        {
            HasAccount = await accounts.AskAsync(new FindAccountQuery(Link.Email!), cancellationToken) is not null;
            return Page();
        }

        return await ClaimAsync(created.Id!.Value, Link.Email!, cancellationToken);
    }

    private async Task<IActionResult> ClaimAsync(Guid userId, string email, CancellationToken cancellationToken)
    {
        var claimed = await briefings.SendAsync(new ClaimBriefingLinkCommand(Token, userId, email), cancellationToken);
        if (ModelState.AddErrors(claimed, prefix: ""))
        {
            return Page();
        }

        return Redirect($"/client/briefings/{claimed.Id}");
    }

    public sealed class NewAccountInput
    {
        public string? DisplayName { get; set; }

        public string? Password { get; set; }
    }
}
