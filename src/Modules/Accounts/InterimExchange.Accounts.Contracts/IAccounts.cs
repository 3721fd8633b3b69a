using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Results;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Contracts;

/// <summary>The Accounts module's entry: signing in, password reset, an organisation's people and a person's own settings.</summary>
public interface IAccounts : IModuleEntry<IAccounts>;

/// <summary>Signs in with the password; refused alike for a wrong password, an unknown address or a locked account, in the same time.</summary>
public sealed record SignInCommand(string Email, string Password, bool RememberMe) : ICommand<IAccounts>;

/// <summary>Signs the browser out (its session ends), whoever it was signed in as.</summary>
public sealed record SignOutCommand : ICommand<IAccounts>;

/// <summary>Ends every session of the caller's account, in every browser, at its next request.</summary>
public sealed record EndEverySessionCommand(Caller By) : ICommand<IAccounts>;

/// <summary>
/// Emails a reset link when the address belongs to an account, and a note saying no account uses it otherwise: the answer is
/// the same either way, so addresses cannot be probed. Refused only for an address that is not one.
/// </summary>
public sealed record RequestPasswordResetCommand(string Email) : ICommand<IAccounts>;

/// <summary>Chooses a new password with the link a reset request sent; every session of the account ends.</summary>
public sealed record ResetPasswordCommand(string Email, string Token, string NewPassword) : ICommand<IAccounts>;

/// <summary>The caller's organisation: its members, its pending colleague invitations and the people who left.</summary>
public sealed record TeamQuery(Caller By) : IQuery<IAccounts, TeamView>;

/// <summary>An admin invites a colleague by email, as an admin when <paramref name="AsAdmin"/>; the colleague joins through the link.</summary>
public sealed record InviteColleagueCommand(Caller By, string Email, bool AsAdmin = false) : ICommand<IAccounts>;

/// <summary>An admin withdraws a colleague invitation of their organisation: its link no longer works.</summary>
public sealed record RevokeColleagueInvitationCommand(Caller By, Guid InvitationId) : ICommand<IAccounts>;

/// <summary>What a colleague invitation's link is for: whether it can still be used, the organisation and the invited address.</summary>
public sealed record ColleagueInvitationQuery(string Token) : IQuery<IAccounts, ColleagueInvitationView>;

/// <summary>Creates the colleague's account from a valid invitation and signs them in.</summary>
public sealed record AcceptColleagueInvitationCommand(string Token, string DisplayName, string Password) : ICommand<IAccounts>;

/// <summary>Sets the zone the caller's times are shown in (one of <c>LocalTimes.Zones</c>) and renews their sign-in to carry it.</summary>
public sealed record SetTimeZoneCommand(Caller By, string TimeZone) : ICommand<IAccounts>;

/// <summary>An admin makes a colleague an admin of their organisation.</summary>
public sealed record MakeAdminCommand(Caller By, Guid UserId) : ICommand<IAccounts>;

/// <summary>An admin steps down, or takes the role from another admin; the last admin cannot.</summary>
public sealed record RevokeAdminCommand(Caller By, Guid UserId) : ICommand<IAccounts>;

/// <summary>
/// An admin removes <paramref name="UserId"/>, whose work goes to <paramref name="SuccessorId"/> with <paramref name="Note"/> for the
/// people concerned: the account can no longer sign in, its sessions end at once, its apps' tokens are revoked, its pending
/// invitations of colleagues are withdrawn, and its address is free for another organisation.
/// </summary>
public sealed record RemoveMemberCommand(Caller By, Guid UserId, Guid? SuccessorId, string? Note) : ICommand<IAccounts>;

/// <summary>The caller's organisation's history of its people, newest first, a page of <see cref="OrganisationHistoryPage.Size"/>.</summary>
public sealed record OrganisationHistoryQuery(Caller By, int Page) : IQuery<IAccounts, OrganisationHistoryPage>;

/// <summary>
/// The caller, going on leave, hands their work to a colleague, who holds it until they take it back; the people concerned are
/// told, with the caller's note.
/// </summary>
public sealed record HandOverWorkCommand(Caller By, Guid? SuccessorId, string? Note) : ICommand<IAccounts>;

/// <summary>Back from leave: what the colleague still holds of the handed-over work is the caller's again.</summary>
public sealed record TakeBackWorkCommand(Caller By) : ICommand<IAccounts>;

/// <summary>The colleague who holds the caller's work while they are on leave, and since when; null when they hold it themselves.</summary>
public sealed record WorkWithQuery(Caller By) : IQuery<IAccounts, WorkWithColleague?>;

/// <summary>The caller's signed-in browsers signed in after <paramref name="SignedInAfterUtc"/> and not ended, newest first.</summary>
public sealed record ListSessionsQuery(Caller By, DateTime SignedInAfterUtc) : IQuery<IAccounts, IReadOnlyList<SessionView>>;

/// <summary>Ends one of the caller's sessions: that browser is signed out at its next request.</summary>
public sealed record EndSessionCommand(Caller By, Guid SessionId) : ICommand<IAccounts>;

/// <summary>The caller changes the name colleagues and the other side see; their sessions carry it from their next page.</summary>
public sealed record ChangeNameCommand(Caller By, string? DisplayName) : ICommand<IAccounts>;

/// <summary>
/// The caller asks to sign in with another address: a link (valid two hours) goes to the new address, and nothing changes until it
/// is followed. An address that has an account gets a note instead, and the answer is the same.
/// </summary>
public sealed record RequestEmailChangeCommand(Caller By, string? NewEmail) : ICommand<IAccounts>;

/// <summary>
/// Follows the link sent to the new address (signed in or not): the account signs in with it from now on, and the old address is told.
/// </summary>
public sealed record ConfirmEmailChangeCommand(Guid UserId, string Email, string Token) : ICommand<IAccounts>;

/// <summary>The caller changes their password with their current one; every other session of theirs ends, this one stays.</summary>
public sealed record ChangePasswordCommand(Caller By, string? CurrentPassword, string? NewPassword) : ICommand<IAccounts>;

/// <summary>
/// Creates the account of someone who arrived through another module's invitation (a client executive's briefing link) in the
/// organisation it names, with that organisation's role; signed in at once unless <paramref name="SignIn"/> is false. The new
/// user's id is <see cref="Result.Id"/>.
/// </summary>
/// <remarks>The person is the organisation's admin when <paramref name="AsAdmin"/> says so, or when the organisation has no admin yet.</remarks>
public sealed record RegisterInvitedCommand(Guid OrganisationId, string Email, string DisplayName, string Password, bool SignIn = true, bool AsAdmin = false)
    : ICommand<IAccounts>;

/// <summary>The people of an organisation who have not left, its admins (an RPO's leads) first; empty for an unknown organisation. Asked by other modules by the organisation's id.</summary>
public sealed record MembersQuery(Guid OrganisationId) : IQuery<IAccounts, IReadOnlyList<TeamMemberView>>;

/// <summary>An organisation's name; null when there is no such organisation. Asked by other modules by the organisation's id.</summary>
public sealed record OrganisationNameQuery(Guid OrganisationId) : IQuery<IAccounts, string?>;

/// <summary>The id of the account that signs in with <paramref name="Email"/>, if there is one. Asked by other modules by the address.</summary>
public sealed record FindAccountQuery(string Email) : IQuery<IAccounts, Guid?>;

/// <summary>Creates an organisation with no one in it yet, for example the client company an RPO adds; its id is <see cref="Result.Id"/>.</summary>
public sealed record CreateOrganisationCommand(string Name, OrganisationKind Kind) : ICommand<IAccounts>;

/// <summary>
/// Someone tried to sign up with an address that has an account: its owner is emailed about <paramref name="Attempt"/>, and the
/// password is hashed as a sign-up would, so that the answer and its time tell the person who tried nothing.
/// </summary>
public sealed record ExistingAccountSignedUpCommand(string Email, string Password, string Attempt) : ICommand<IAccounts>;

/// <summary>
/// Checks a password chosen before its account exists (a firm's applicant's, whose account follows from the application) against
/// the rules of passwords, and hashes it as an account keeps it, so that it never waits anywhere in clear. Changes nothing; asked
/// by another module with the password alone.
/// </summary>
public sealed record ChoosePasswordQuery(string Password) : IQuery<IAccounts, ChosenPassword>;

/// <summary>
/// Founds an RPO or the platform's vetting team with its first admin, for a deployment without demo data; its id is
/// <see cref="Result.Id"/>, and <see cref="AdminPasswordLinkQuery"/> gives the link with which the admin chooses a password.
/// </summary>
public sealed record FoundOrganisationCommand(string Name, OrganisationKind Kind, string AdminEmail, string AdminName) : ICommand<IAccounts>;

/// <summary>
/// The link (valid two hours) with which a founded organisation's first admin chooses a password; null when its admin has one
/// already. Asked by the operator's command line, by the organisation's id, right after founding it.
/// </summary>
public sealed record AdminPasswordLinkQuery(Guid OrganisationId) : IQuery<IAccounts, string?>;

/// <summary>A password that follows the rules, hashed (<paramref name="Hash"/>), or the <paramref name="Result"/> saying which rule it breaks.</summary>
public sealed record ChosenPassword(Result Result, string Hash);

public sealed record SessionView(Guid Id, string Device, DateTime SignedInAtUtc);

public sealed record WorkWithColleague(Guid ColleagueId, string ColleagueName, DateTime SinceUtc);

public sealed record OrganisationHistoryPage(IReadOnlyList<OrganisationHistoryLine> Lines, int Page, bool HasMore)
{
    public const int Size = 25;
}

/// <summary>"Sam Reed <c>handed their work over</c> to Ines West, by Ines West".</summary>
public sealed record OrganisationHistoryLine(DateTime AtUtc, string PersonName, PeopleChange Change, string? ByName, string? ToName);

public sealed record TeamView(string OrganisationName, IReadOnlyList<TeamMemberView> Members, IReadOnlyList<PendingInvitationView> Invitations,
    IReadOnlyList<FormerMemberView> Former);

/// <summary>Someone who left the organisation: named in its history, never signed in again.</summary>
public sealed record FormerMemberView(Guid UserId, string DisplayName, DateTime LeftAtUtc);

/// <summary>A member of an organisation, with the time zone their times are shown in.</summary>
/// <remarks><paramref name="WorkWith"/> names the colleague who holds the member's work while they are on leave.</remarks>
public sealed record TeamMemberView(Guid UserId, string DisplayName, string Email, bool IsOrganisationAdmin, string TimeZone, string? WorkWith = null);

public sealed record PendingInvitationView(Guid Id, string Email, DateTime SentAtUtc, DateTime ExpiresAtUtc, InvitationTokenStatus Status, bool AsAdmin);

public sealed record ColleagueInvitationView(InvitationTokenStatus Status, string? OrganisationName, string? Email);
