using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Routing.Features.LiftExclusion;

/// <summary>Nothing to check in the input: the command names a brief and a firm, and a lifted exclusion needs no reason.</summary>
internal sealed class LiftExclusionValidator : AbstractValidator<LiftExclusionCommand>;

/// <summary>The coordinator lifts a firm's exclusion for a client: it can be recommended for that client's briefs again.</summary>
internal sealed class LiftExclusionHandler(RoutingDbContext db, Changes<RoutingDbContext> changes) : ICommandHandler<LiftExclusionCommand>
{
    public Task<Result> HandleAsync(LiftExclusionCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.Exclusions.SingleOrDefaultAsync(e => e.RpoOrganisationId == command.By.OrganisationId && e.FirmId == command.FirmId
            && db.Briefs.Any(b => b.BriefId == command.BriefId && b.RpoOrganisationId == command.By.OrganisationId && b.ClientCompanyId == e.ClientCompanyId), c), (exclusion, _) =>
        {
            db.Exclusions.Remove(exclusion);
            return (object?)null;
        }, cancellationToken);
}
