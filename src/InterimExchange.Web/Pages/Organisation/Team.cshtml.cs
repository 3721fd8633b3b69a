using Microsoft.AspNetCore.Authorization;

namespace InterimExchange.Web.Pages.Organisation;

/// <summary>Everyone sees their organisation's members; only its admin invites and revokes.</summary>
public sealed class TeamModel(IAccounts accounts, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public TeamView Team { get; private set; } = new("", [], []);

    public bool CanInvite => User.IsOrganisationAdmin();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Team = await accounts.GetTeamAsync(User.OrganisationId(), cancellationToken);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync())
        {
            return Forbid();
        }

        var result = await accounts.InviteColleagueAsync(new InviteColleague(User.OrganisationId(), User.UserId(), Email ?? ""), cancellationToken);
        if (ModelState.AddErrors(result, prefix: ""))
        {
            await OnGetAsync(cancellationToken);
            return Page();
        }

        TempData["Confirmation"] = $"Invitation sent to {Email!.Trim()}. It works for seven days.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid invitationId, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync())
        {
            return Forbid();
        }

        var result = await accounts.RevokeColleagueInvitationAsync(User.OrganisationId(), invitationId, cancellationToken);
        TempData["Confirmation"] = result.Succeeded ? "Invitation revoked: its link no longer works." : result.Errors.Values.First()[0];
        return RedirectToPage();
    }

    private async Task<bool> IsAdminAsync() => (await authorization.AuthorizeAsync(User, Portals.OrganisationAdmin)).Succeeded;
}
