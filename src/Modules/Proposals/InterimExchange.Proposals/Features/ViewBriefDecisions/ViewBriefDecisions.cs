using InterimExchange.Briefs.Contracts;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.ViewBriefDecisions;

/// <summary>One of the caller's RPO's briefs: every item a firm awaits or was given, open ones first.</summary>
internal sealed class ViewBriefDecisionsHandler(ProposalsDbContext db, IBriefs briefs, TimeProvider clock) : IQueryHandler<ViewBriefDecisionsQuery, BriefDecisions?>
{
    public async Task<BriefDecisions?> HandleAsync(ViewBriefDecisionsQuery query, CancellationToken cancellationToken)
    {
        var (rpoId, briefId) = (query.By.OrganisationId, query.BriefId);
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.BriefId == briefId && d.RpoOrganisationId == rpoId)
            .OrderBy(d => d.Outcome != null).ThenBy(d => d.DecisionBy).ThenBy(d => d.FirmName).ToListAsync(cancellationToken);
        var brief = await briefs.AskAsync(new ReviewBriefQuery(rpoId, briefId), cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return brief is null ? null : new BriefDecisions(briefId, brief.RoleTitle, decisions.Select(d => d.View(today)).ToList());
    }
}
