using Microsoft.AspNetCore.Authorization;

namespace InterimExchange.Web.Pages.Organisation;

/// <summary>Everyone sees their organisation's members and who its admins are; only its admins invite, make admins and remove people.</summary>
public sealed class TeamModel(IAccounts accounts, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The invitation makes the colleague an admin as they join.</summary>
    [BindProperty]
    public bool AsAdmin { get; set; }

    [BindProperty]
    public RemovalInput Removal { get; set; } = new();

    /// <summary>The member the removal form is open for (<c>?remove=</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "remove")]
    public Guid? RemoveId { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int HistoryPageNumber { get; set; } = 1;

    public TeamView Team { get; private set; } = new("", [], [], []);

    public OrganisationHistoryPage? History { get; private set; }

    public bool IsAdmin => User.IsOrganisationAdmin();

    public TeamMemberView? Removing => IsAdmin ? Team.Members.FirstOrDefault(m => m.UserId == (RemoveId ?? Removal.UserId)) : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Team = await accounts.AskAsync(new TeamQuery(User.Caller()), cancellationToken);
        History = IsAdmin ? await accounts.AskAsync(new OrganisationHistoryQuery(User.Caller(), HistoryPageNumber), cancellationToken) : null;
    }

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync())
        {
            return Forbid();
        }

        var result = await accounts.SendAsync(new InviteColleagueCommand(User.Caller(), Email ?? "", AsAdmin), cancellationToken);
        return await this.AfterChangeAsync(result, $"Invitation sent to {Email?.Trim()}{(AsAdmin ? ", as an admin" : "")}. It works for seven days.",
            "/organisation/team", FormAgainAsync(cancellationToken));
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid invitationId, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync())
        {
            return Forbid();
        }

        var result = await accounts.SendAsync(new RevokeColleagueInvitationCommand(User.Caller(), invitationId), cancellationToken);
        return await this.AfterChangeAsync(result, "Invitation revoked: its link no longer works.", "/organisation/team", FormAgainAsync(cancellationToken));
    }

    public async Task<IActionResult> OnPostMakeAdminAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync())
        {
            return Forbid();
        }

        var result = await accounts.SendAsync(new MakeAdminCommand(User.Caller(), userId), cancellationToken);
        return await this.AfterChangeAsync(result, $"{await NameAsync(userId, cancellationToken)} is now an admin: they can invite colleagues, make admins and remove people.",
            "/organisation/team", FormAgainAsync(cancellationToken));
    }

    public async Task<IActionResult> OnPostRevokeAdminAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync())
        {
            return Forbid();
        }

        var name = await NameAsync(userId, cancellationToken);
        var result = await accounts.SendAsync(new RevokeAdminCommand(User.Caller(), userId), cancellationToken);
        return await this.AfterChangeAsync(result, userId == User.UserId() ? "You are no longer an admin." : $"{name} is no longer an admin.",
            "/organisation/team", FormAgainAsync(cancellationToken));
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync())
        {
            return Forbid();
        }

        var name = await NameAsync(Removal.UserId, cancellationToken);
        var successor = Removal.SuccessorId is { } id ? await NameAsync(id, cancellationToken) : null;
        var result = await accounts.SendAsync(
            new RemoveMemberCommand(User.Caller(), Removal.UserId, Removal.SuccessorId, Removal.Note), cancellationToken);
        return await this.AfterChangeAsync(result,
            $"{name} has left {User.OrganisationName()}: they can no longer sign in, and {successor} holds their work from now on.",
            "/organisation/team", FormAgainAsync(cancellationToken), prefix: nameof(Removal));
    }

    private Func<Task<IActionResult>> FormAgainAsync(CancellationToken cancellationToken) => async () =>
    {
        await OnGetAsync(cancellationToken);
        return Page();
    };

    private async Task<string> NameAsync(Guid userId, CancellationToken cancellationToken) =>
        (await accounts.AskAsync(new MembersQuery(User.OrganisationId()), cancellationToken)).FirstOrDefault(m => m.UserId == userId)?.DisplayName ?? "Your colleague";

    private async Task<bool> IsAdminAsync() => (await authorization.AuthorizeAsync(User, Portals.OrganisationAdmin)).Succeeded;

    public sealed class RemovalInput
    {
        public Guid UserId { get; set; }

        public Guid? SuccessorId { get; set; }

        public string? Note { get; set; }
    }
}
