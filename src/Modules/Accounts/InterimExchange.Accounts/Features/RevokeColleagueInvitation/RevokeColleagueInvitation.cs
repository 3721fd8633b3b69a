using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.RevokeColleagueInvitation;

/// <summary>No rules: the invitation's id is the only input, and one not of the caller's organisation is not found.</summary>
internal sealed class RevokeColleagueInvitationValidator : AbstractValidator<RevokeColleagueInvitationCommand>;

/// <summary>An admin withdraws a colleague invitation of their organisation: its link no longer works.</summary>
internal sealed class RevokeColleagueInvitationHandler(AccountsDbContext db, Changes<AccountsDbContext> changes) : ICommandHandler<RevokeColleagueInvitationCommand>
{
    public Task<Result> HandleAsync(RevokeColleagueInvitationCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(
            c => db.InvitationTokens.SingleOrDefaultAsync(i => i.Id == command.InvitationId && i.Purpose == InvitationToken.ColleaguePurpose
                && i.Subject == command.By.OrganisationId.ToString(), c),
            (invitation, now) =>
            {
                BusinessRuleException.Require(invitation.Revoke(now), "That invitation was already used or revoked.");
                return (object?)null;
            }, cancellationToken);
}
