using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.AcceptColleagueInvitation;

/// <summary>
/// No rules here: a link that cannot be used any more is told first, and the name and password are then checked where the account is
/// created (<see cref="InvitedAccounts"/>), with the same words as every other new account.
/// </summary>
internal sealed class AcceptColleagueInvitationValidator : AbstractValidator<AcceptColleagueInvitationCommand>;

/// <summary>The colleague follows a valid invitation: their account is created in the inviting organisation, and they are signed in.</summary>
internal sealed class AcceptColleagueInvitationHandler(InvitedAccounts invitedAccounts, InvitationTokenService tokens, TimeProvider clock)
    : ICommandHandler<AcceptColleagueInvitationCommand>
{
    public async Task<Result> HandleAsync(AcceptColleagueInvitationCommand command, CancellationToken cancellationToken)
    {
        var invitation = await tokens.FindAsync(command.Token, cancellationToken);
        if (invitation is null || invitation.StatusFor(InvitationToken.ColleaguePurpose, clock.GetUtcNow().UtcDateTime) != InvitationTokenStatus.Valid)
        {
            return Result.Failure("", "This invitation link cannot be used any more. Ask your colleague for a new one.");
        }

        return await invitedAccounts.CreateAndSignInAsync(
            new RegisterInvitedCommand(Guid.Parse(invitation.Subject), invitation.Email, command.DisplayName, command.Password, AsAdmin: invitation.GrantsAdmin),
            beforeCommit: () => invitation.Redeem(clock.GetUtcNow().UtcDateTime),
            cancellationToken);
    }
}
