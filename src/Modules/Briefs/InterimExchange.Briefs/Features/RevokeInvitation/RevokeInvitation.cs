using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.RevokeInvitation;

/// <summary>No rules: revoking names only the invitation, found within the caller's brief.</summary>
internal sealed class RevokeInvitationValidator : AbstractValidator<RevokeInvitationCommand>;

/// <summary>The coordinator revokes a briefing invitation of one of the RPO's briefs: its link stops working.</summary>
internal sealed class RevokeInvitationHandler(BriefsDbContext db, Changes<BriefsDbContext> changes) : ICommandHandler<RevokeInvitationCommand>
{
    public Task<Result> HandleAsync(RevokeInvitationCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => (
            from i in db.BriefingInvitations
            join b in db.Briefs on i.BriefId equals b.Id
            where i.Id == command.InvitationId && b.Id == command.BriefId && b.RpoOrganisationId == command.By.OrganisationId
            select i).SingleOrDefaultAsync(c), (invitation, now) =>
        {
            invitation.Revoke(now);
            return (object?)null;
        }, cancellationToken);
}
