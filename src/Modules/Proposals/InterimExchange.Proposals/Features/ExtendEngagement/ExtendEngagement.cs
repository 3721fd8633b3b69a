using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.ExtendEngagement;

/// <summary>
/// Nothing to check in the input's shape: the new end date's rules (given, after the planned end, within the longest engagement)
/// are the engagement's, told next to the date by the change itself.
/// </summary>
internal sealed class ExtendEngagementValidator : AbstractValidator<ExtendEngagementCommand>;

/// <summary>The coordinator extends their RPO's engagement to a later end date; the end-of-assignment reviews move with it.</summary>
internal sealed class ExtendEngagementHandler(ProposalsDbContext db, Changes<ProposalsDbContext> changes) : ICommandHandler<ExtendEngagementCommand>
{
    public Task<Result> HandleAsync(ExtendEngagementCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.Engagements.SingleOrDefaultAsync(e => e.BriefId == command.BriefId && e.RpoOrganisationId == command.By.OrganisationId, c),
            (engagement, now) => engagement.Extend(command.PlannedEnd, command.By.Name, now), cancellationToken);
}
