using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Results;

namespace InterimExchange.Accounts.Contracts;

/// <summary>The Accounts module's facade: signing in, password reset, and colleagues joining an organisation.</summary>
public interface IAccounts
{
    /// <summary>Signs in with the password; false for a wrong password, an unknown address or a locked account alike, in the same time.</summary>
    Task<bool> SignInAsync(string email, string password, bool rememberMe, CancellationToken cancellationToken);

    Task SignOutAsync();

    /// <summary>Ends every session of the account, in every browser, at its next request.</summary>
    Task SignOutEverywhereAsync(Guid userId);

    /// <summary>
    /// Emails a reset link when the address belongs to an account, and a note saying no account uses it otherwise: the answer is
    /// the same either way, so addresses cannot be probed. Refused only for an address that is not one.
    /// </summary>
    Task<Result> RequestPasswordResetAsync(PasswordResetRequest request, CancellationToken cancellationToken);

    Task<Result> ResetPasswordAsync(ResetPassword request, CancellationToken cancellationToken);

    Task<TeamView> GetTeamAsync(Guid organisationId, CancellationToken cancellationToken);

    /// <summary>The people of an organisation who have not left, its admins (an RPO's leads) first; empty for an unknown organisation.</summary>
    Task<IReadOnlyList<TeamMemberView>> MembersAsync(Guid organisationId, CancellationToken cancellationToken);

    Task<Result> InviteColleagueAsync(InviteColleague request, CancellationToken cancellationToken);

    Task<Result> RevokeColleagueInvitationAsync(Guid organisationId, Guid invitationId, CancellationToken cancellationToken);

    Task<ColleagueInvitationView> OpenColleagueInvitationAsync(string token, CancellationToken cancellationToken);

    /// <summary>Creates the colleague's account from a valid invitation and signs them in.</summary>
    Task<Result> AcceptColleagueInvitationAsync(AcceptColleagueInvitation request, CancellationToken cancellationToken);

    /// <summary>Creates an organisation, for example the client company an RPO adds.</summary>
    Task<Guid> CreateOrganisationAsync(string name, OrganisationKind kind, CancellationToken cancellationToken);

    /// <summary>The id of the account that signs in with <paramref name="email"/>, if there is one.</summary>
    Task<Guid?> FindAccountAsync(string email, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the account of someone who arrived through another module's invitation (a client executive's
    /// briefing link) in the organisation it names, with that organisation's role, and signs them in.
    /// The new user's id is <see cref="Result.Id"/>.
    /// </summary>
    Task<Result> RegisterInvitedAsync(RegisterInvited request, CancellationToken cancellationToken);

    /// <summary>
    /// Someone tried to sign up with an address that has an account: its owner is emailed about <paramref name="attempt"/>, and the
    /// password is hashed as a sign-up would, so that the answer and its time tell the person who tried nothing.
    /// </summary>
    Task ExistingAccountSignedUpAsync(string email, string password, string attempt, CancellationToken cancellationToken);

    /// <summary>
    /// Checks a password chosen before its account exists (a firm's applicant's, whose account follows from the application) against
    /// the rules of passwords, and hashes it as an account keeps it, so that it never waits anywhere in clear. Changes nothing.
    /// </summary>
    Task<ChosenPassword> ChoosePasswordAsync(string password, CancellationToken cancellationToken);

    /// <summary>
    /// Founds an RPO or the platform's vetting team with its first admin, for a deployment without demo data; the answer carries
    /// the link (valid two hours) with which the admin chooses a password.
    /// </summary>
    Task<OrganisationFounded> FoundOrganisationAsync(NewOrganisation request, CancellationToken cancellationToken);

    /// <summary>Sets the zone the person's times are shown in (one of <c>LocalTimes.Zones</c>) and renews their sign-in to carry it.</summary>
    Task<Result> SetTimeZoneAsync(Guid userId, string timeZone, CancellationToken cancellationToken);

    /// <summary>An admin makes a colleague an admin of their organisation.</summary>
    Task<Result> MakeAdminAsync(AdminGrant request, CancellationToken cancellationToken);

    /// <summary>An admin steps down, or takes the role from another admin; the last admin cannot.</summary>
    Task<Result> RevokeAdminAsync(AdminRevocation request, CancellationToken cancellationToken);

    /// <summary>
    /// An admin removes a person, whose work goes to a colleague: the account can no longer sign in, its sessions end at once, its apps'
    /// tokens are revoked, its pending invitations of colleagues are withdrawn, and its address is free for another organisation.
    /// </summary>
    Task<Result> RemoveMemberAsync(MemberRemoval request, CancellationToken cancellationToken);

    /// <summary>The organisation's history of its people, newest first, a page of <see cref="OrganisationHistoryPage.Size"/>.</summary>
    Task<OrganisationHistoryPage> HistoryAsync(Guid organisationId, int page, CancellationToken cancellationToken);

    /// <summary>
    /// A person going on leave hands their work to a colleague, who holds it until they take it back; the people concerned are told,
    /// with the person's note.
    /// </summary>
    Task<Result> HandOverWorkAsync(WorkHandover request, CancellationToken cancellationToken);

    /// <summary>Back from leave: what the colleague still holds of the handed-over work is the person's again.</summary>
    Task<Result> TakeBackWorkAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The colleague who holds the person's work while they are on leave, and since when; null when they hold it themselves.</summary>
    Task<WorkWithColleague?> WorkWithAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The person's signed-in browsers signed in after <paramref name="signedInAfterUtc"/> and not ended, newest first.</summary>
    Task<IReadOnlyList<SessionView>> SessionsAsync(Guid userId, DateTime signedInAfterUtc, CancellationToken cancellationToken);

    /// <summary>Ends one of the person's sessions: that browser is signed out at its next request.</summary>
    Task<Result> EndSessionAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken);

    /// <summary>A person changes the name colleagues and the other side see; their sessions carry it from their next page.</summary>
    Task<Result> ChangeNameAsync(NameChange request, CancellationToken cancellationToken);

    /// <summary>
    /// A person asks to sign in with another address: a link (valid two hours) goes to the new address, and nothing changes until it is
    /// followed. An address that has an account gets a note instead, and the answer is the same.
    /// </summary>
    Task<Result> RequestEmailChangeAsync(EmailChangeRequest request, CancellationToken cancellationToken);

    /// <summary>Follows the link sent to the new address: the account signs in with it from now on, and the old address is told.</summary>
    Task<Result> ConfirmEmailChangeAsync(EmailChangeConfirmation request, CancellationToken cancellationToken);

    /// <summary>A person changes their password with their current one; every other session of theirs ends, this one stays.</summary>
    Task<Result> ChangePasswordAsync(PasswordChange request, CancellationToken cancellationToken);

    /// <summary>An organisation's name; null when there is no such organisation.</summary>
    Task<string?> OrganisationNameAsync(Guid organisationId, CancellationToken cancellationToken);
}

/// <summary>A new account in an organisation; signed in at once unless <paramref name="SignIn"/> is false (a firm applying signs in later).</summary>
/// <remarks>The person is the organisation's admin when <paramref name="AsAdmin"/> says so, or when the organisation has no admin yet.</remarks>
public sealed record RegisterInvited(Guid OrganisationId, string Email, string DisplayName, string Password, bool SignIn = true, bool AsAdmin = false);

/// <summary>A password that follows the rules, hashed (<paramref name="Hash"/>), or the <paramref name="Result"/> saying which rule it breaks.</summary>
public sealed record ChosenPassword(Result Result, string Hash);

public sealed record PasswordResetRequest(string Email);

public sealed record NewOrganisation(string Name, OrganisationKind Kind, string AdminEmail, string AdminName);

public sealed record OrganisationFounded(Result Result, string? PasswordLink);

public sealed record ResetPassword(string Email, string Token, string NewPassword);

public sealed record InviteColleague(Guid OrganisationId, Guid InvitedBy, string Email, bool AsAdmin = false);

public sealed record SessionView(Guid Id, string Device, DateTime SignedInAtUtc);

public sealed record WorkHandover(Guid UserId, Guid? SuccessorId, string? Note);

public sealed record WorkWithColleague(Guid ColleagueId, string ColleagueName, DateTime SinceUtc);

public sealed record NameChange(Guid UserId, string? DisplayName);

public sealed record EmailChangeRequest(Guid UserId, string? NewEmail);

public sealed record EmailChangeConfirmation(Guid UserId, string Email, string Token);

public sealed record PasswordChange(Guid UserId, string? CurrentPassword, string? NewPassword);

public sealed record AdminGrant(Guid OrganisationId, Guid ByUserId, Guid UserId);

public sealed record AdminRevocation(Guid OrganisationId, Guid ByUserId, Guid UserId);

/// <summary>Removes <paramref name="UserId"/>; their work goes to <paramref name="SuccessorId"/> with <paramref name="Note"/> for the people concerned.</summary>
public sealed record MemberRemoval(Guid OrganisationId, Guid ByUserId, Guid UserId, Guid? SuccessorId, string? Note);

public sealed record OrganisationHistoryPage(IReadOnlyList<OrganisationHistoryLine> Lines, int Page, bool HasMore)
{
    public const int Size = 25;
}

/// <summary>"Sam Reed <c>handed their work over</c> to Ines West, by Ines West".</summary>
public sealed record OrganisationHistoryLine(DateTime AtUtc, string PersonName, PeopleChange Change, string? ByName, string? ToName);

public sealed record AcceptColleagueInvitation(string Token, string DisplayName, string Password);

public sealed record TeamView(string OrganisationName, IReadOnlyList<TeamMemberView> Members, IReadOnlyList<PendingInvitationView> Invitations,
    IReadOnlyList<FormerMemberView> Former);

/// <summary>Someone who left the organisation: named in its history, never signed in again.</summary>
public sealed record FormerMemberView(Guid UserId, string DisplayName, DateTime LeftAtUtc);

/// <summary>A member of an organisation, with the time zone their times are shown in.</summary>
/// <remarks><paramref name="WorkWith"/> names the colleague who holds the member's work while they are on leave.</remarks>
public sealed record TeamMemberView(Guid UserId, string DisplayName, string Email, bool IsOrganisationAdmin, string TimeZone, string? WorkWith = null);

public sealed record PendingInvitationView(Guid Id, string Email, DateTime SentAtUtc, DateTime ExpiresAtUtc, InvitationTokenStatus Status, bool AsAdmin);

public sealed record ColleagueInvitationView(InvitationTokenStatus Status, string? OrganisationName, string? Email);
