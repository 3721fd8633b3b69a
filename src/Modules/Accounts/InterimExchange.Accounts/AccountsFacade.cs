using InterimExchange.Accounts.Features.Colleagues;
using InterimExchange.Accounts.Features;
using InterimExchange.Accounts.Features.ChangeEmail;
using InterimExchange.Accounts.Features.ChangeName;
using InterimExchange.Accounts.Features.ChangePassword;
using InterimExchange.Accounts.Features.EndSession;
using InterimExchange.Accounts.Features.FoundOrganisation;
using InterimExchange.Accounts.Features.HandOverWork;
using InterimExchange.Accounts.Features.TakeBackWork;
using InterimExchange.Accounts.Features.MakeAdmin;
using InterimExchange.Accounts.Features.OrganisationHistory;
using InterimExchange.Accounts.Features.RemoveMember;
using InterimExchange.Accounts.Features.RevokeAdmin;
using InterimExchange.Accounts.Features.Organisations;
using InterimExchange.Accounts.Features.PasswordReset;
using InterimExchange.Accounts.Features.SignIn;
using InterimExchange.Accounts.Features.TimeZones;

namespace InterimExchange.Accounts;

internal sealed class AccountsFacade(
    SignInHandler signIn,
    PasswordResetHandler passwordReset,
    ColleaguesHandler colleagues,
    InvitedAccounts invitedAccounts,
    OrganisationsHandler organisations,
    FoundOrganisationHandler foundOrganisation,
    SetTimeZoneHandler timeZones,
    MakeAdminHandler makeAdmin,
    RevokeAdminHandler revokeAdmin,
    RemoveMemberHandler removeMember,
    OrganisationHistoryHandler history,
    ChangeNameHandler changeName,
    ChangeEmailHandler changeEmail,
    ChangePasswordHandler changePassword,
    HandOverWorkHandler handOverWork,
    TakeBackWorkHandler takeBackWork,
    EndSessionHandler endSession) : IAccounts
{
    public Task<IReadOnlyList<SessionView>> SessionsAsync(Guid userId, DateTime signedInAfterUtc, CancellationToken cancellationToken) =>
        endSession.ListAsync(userId, signedInAfterUtc, cancellationToken);

    public Task<Result> EndSessionAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken) => endSession.HandleAsync(userId, sessionId, cancellationToken);

    public Task<Result> HandOverWorkAsync(WorkHandover request, CancellationToken cancellationToken) => handOverWork.HandleAsync(request, cancellationToken);

    public Task<Result> TakeBackWorkAsync(Guid userId, CancellationToken cancellationToken) => takeBackWork.HandleAsync(userId, cancellationToken);

    public Task<WorkWithColleague?> WorkWithAsync(Guid userId, CancellationToken cancellationToken) => takeBackWork.WorkWithAsync(userId, cancellationToken);

    public Task<Result> ChangeNameAsync(NameChange request, CancellationToken cancellationToken) => changeName.HandleAsync(request, cancellationToken);

    public Task<Result> RequestEmailChangeAsync(EmailChangeRequest request, CancellationToken cancellationToken) => changeEmail.RequestAsync(request, cancellationToken);

    public Task<Result> ConfirmEmailChangeAsync(EmailChangeConfirmation request, CancellationToken cancellationToken) => changeEmail.ConfirmAsync(request, cancellationToken);

    public Task<Result> ChangePasswordAsync(PasswordChange request, CancellationToken cancellationToken) => changePassword.HandleAsync(request, cancellationToken);

    public Task<Result> MakeAdminAsync(AdminGrant request, CancellationToken cancellationToken) => makeAdmin.HandleAsync(request, cancellationToken);

    public Task<Result> RevokeAdminAsync(AdminRevocation request, CancellationToken cancellationToken) => revokeAdmin.HandleAsync(request, cancellationToken);

    public Task<Result> RemoveMemberAsync(MemberRemoval request, CancellationToken cancellationToken) => removeMember.HandleAsync(request, cancellationToken);

    public Task<OrganisationHistoryPage> HistoryAsync(Guid organisationId, int page, CancellationToken cancellationToken) =>
        history.HandleAsync(organisationId, page, cancellationToken);

    public Task<Result> SetTimeZoneAsync(Guid userId, string timeZone, CancellationToken cancellationToken) =>
        timeZones.HandleAsync(userId, timeZone, cancellationToken);

    public Task<string?> OrganisationNameAsync(Guid organisationId, CancellationToken cancellationToken) =>
        organisations.NameAsync(organisationId, cancellationToken);

    public Task<OrganisationFounded> FoundOrganisationAsync(NewOrganisation request, CancellationToken cancellationToken) =>
        foundOrganisation.HandleAsync(request, cancellationToken);

    public Task<bool> SignInAsync(string email, string password, bool rememberMe, CancellationToken cancellationToken) =>
        signIn.SignInAsync(email, password, rememberMe);

    public Task SignOutAsync() => signIn.SignOutAsync();

    public Task SignOutEverywhereAsync(Guid userId) => signIn.SignOutEverywhereAsync(userId);

    public Task<Result> RequestPasswordResetAsync(PasswordResetRequest request, CancellationToken cancellationToken) =>
        passwordReset.RequestAsync(request, cancellationToken);

    public Task<Result> ResetPasswordAsync(ResetPassword request, CancellationToken cancellationToken) =>
        passwordReset.ResetAsync(request, cancellationToken);

    public Task<IReadOnlyList<TeamMemberView>> MembersAsync(Guid organisationId, CancellationToken cancellationToken) =>
        colleagues.MembersAsync(organisationId, cancellationToken);

    public Task<TeamView> GetTeamAsync(Guid organisationId, CancellationToken cancellationToken) =>
        colleagues.GetTeamAsync(organisationId, cancellationToken);

    public Task<Result> InviteColleagueAsync(InviteColleague request, CancellationToken cancellationToken) =>
        colleagues.InviteAsync(request, cancellationToken);

    public Task<Result> RevokeColleagueInvitationAsync(Guid organisationId, Guid invitationId, CancellationToken cancellationToken) =>
        colleagues.RevokeAsync(organisationId, invitationId, cancellationToken);

    public Task<ColleagueInvitationView> OpenColleagueInvitationAsync(string token, CancellationToken cancellationToken) =>
        colleagues.OpenAsync(token, cancellationToken);

    public Task<Result> AcceptColleagueInvitationAsync(AcceptColleagueInvitation request, CancellationToken cancellationToken) =>
        colleagues.AcceptAsync(request, cancellationToken);

    public Task<Guid> CreateOrganisationAsync(string name, OrganisationKind kind, CancellationToken cancellationToken) =>
        organisations.CreateAsync(name, kind, cancellationToken);

    public Task<Guid?> FindAccountAsync(string email, CancellationToken cancellationToken) =>
        organisations.FindAccountAsync(email, cancellationToken);

    public Task<Result> RegisterInvitedAsync(RegisterInvited request, CancellationToken cancellationToken) =>
        invitedAccounts.CreateAndSignInAsync(request, beforeCommit: null, cancellationToken);

    public Task ExistingAccountSignedUpAsync(string email, string password, string attempt, CancellationToken cancellationToken) =>
        invitedAccounts.ExistingAccountSignedUpAsync(email, password, attempt, cancellationToken);

    public Task<ChosenPassword> ChoosePasswordAsync(string password, CancellationToken cancellationToken) =>
        invitedAccounts.ChoosePasswordAsync(password);
}
