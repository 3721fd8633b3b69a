using InterimExchange.Accounts.Contracts;
using InterimExchange.Accounts.Features.Colleagues;
using InterimExchange.Accounts.Features.PasswordReset;
using InterimExchange.Accounts.Features.SignIn;
using InterimExchange.BuildingBlocks.Results;

namespace InterimExchange.Accounts;

internal sealed class AccountsFacade(SignInHandler signIn, PasswordResetHandler passwordReset, ColleaguesHandler colleagues) : IAccounts
{
    public Task<SignInOutcome> SignInAsync(string email, string password, bool rememberMe, CancellationToken cancellationToken) =>
        signIn.SignInAsync(email, password, rememberMe);

    public Task SignOutAsync() => signIn.SignOutAsync();

    public Task RequestPasswordResetAsync(string email, CancellationToken cancellationToken) =>
        passwordReset.RequestAsync(email, cancellationToken);

    public Task<Result> ResetPasswordAsync(ResetPassword request, CancellationToken cancellationToken) =>
        passwordReset.ResetAsync(request, cancellationToken);

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
}
