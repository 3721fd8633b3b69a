using InterimExchange.Briefs.Contracts;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.ViewReviewsDue;

/// <summary>The reviews a client executive owes on the engagements of the briefs they were invited to, soonest first.</summary>
internal sealed class ViewReviewsDueHandler(ProposalsDbContext db, IBriefs briefs, TimeProvider clock)
    : IQueryHandler<ViewReviewsDueQuery, IReadOnlyList<ReviewDueView>>
{
    public async Task<IReadOnlyList<ReviewDueView>> HandleAsync(ViewReviewsDueQuery query, CancellationToken cancellationToken)
    {
        var briefIds = (await briefs.AskAsync(new ClientBriefingsQuery(query.By.UserId), cancellationToken)).Where(b => b.Filled).Select(b => b.BriefId).ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var due = await db.Engagements.AsNoTracking().Where(e => briefIds.Contains(e.BriefId) && e.NextReviewOn != null && e.NextReviewOn <= today)
            .OrderBy(e => e.NextReviewOn).ToListAsync(cancellationToken);
        return due.Select(e => e.Due(today)).ToList();
    }
}
