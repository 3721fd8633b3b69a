using InterimExchange.BuildingBlocks.Results;

namespace InterimExchange.Accounts.Contracts;

/// <summary>The Accounts module's facade: signing in, password reset, and colleagues joining an organisation.</summary>
public interface IAccounts
{
    Task<SignInOutcome> SignInAsync(string email, string password, bool rememberMe, CancellationToken cancellationToken);

    Task SignOutAsync();

    /// <summary>Emails a reset link when the address belongs to an account; says nothing either way, so addresses cannot be probed.</summary>
    Task RequestPasswordResetAsync(string email, CancellationToken cancellationToken);

    Task<Result> ResetPasswordAsync(ResetPassword request, CancellationToken cancellationToken);

    Task<TeamView> GetTeamAsync(Guid organisationId, CancellationToken cancellationToken);

    Task<Result> InviteColleagueAsync(InviteColleague request, CancellationToken cancellationToken);

    Task<Result> RevokeColleagueInvitationAsync(Guid organisationId, Guid invitationId, CancellationToken cancellationToken);

    Task<ColleagueInvitationView> OpenColleagueInvitationAsync(string token, CancellationToken cancellationToken);

    /// <summary>Creates the colleague's account from a valid invitation and signs them in.</summary>
    Task<Result> AcceptColleagueInvitationAsync(AcceptColleagueInvitation request, CancellationToken cancellationToken);
}

public enum SignInOutcome
{
    SignedIn,
    Failed,
    LockedOut,
}

public sealed record ResetPassword(string Email, string Token, string NewPassword);

public sealed record InviteColleague(Guid OrganisationId, Guid InvitedBy, string Email);

public sealed record AcceptColleagueInvitation(string Token, string DisplayName, string Password);

public sealed record TeamView(string OrganisationName, IReadOnlyList<TeamMemberView> Members, IReadOnlyList<PendingInvitationView> Invitations);

public sealed record TeamMemberView(string DisplayName, string Email, bool IsOrganisationAdmin);

public sealed record PendingInvitationView(Guid Id, string Email, DateTime SentAtUtc, DateTime ExpiresAtUtc, InvitationTokenStatus Status);

public sealed record ColleagueInvitationView(InvitationTokenStatus Status, string? OrganisationName, string? Email);
