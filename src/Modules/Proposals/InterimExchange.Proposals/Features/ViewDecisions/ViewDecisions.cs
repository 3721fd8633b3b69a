using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.ViewDecisions;

/// <summary>What the caller's RPO owes, and to whom: its board of open decisions, and the reviews due on its engagements.</summary>
internal sealed class ViewDecisionsHandler(ProposalsDbContext db, TimeProvider clock) : IQueryHandler<ViewDecisionsQuery, DecisionBoard>
{
    private const int BoardSize = 50;

    public async Task<DecisionBoard> HandleAsync(ViewDecisionsQuery query, CancellationToken cancellationToken)
    {
        var rpoId = query.By.OrganisationId;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var open = db.Decisions.AsNoTracking().Where(d => d.RpoOrganisationId == rpoId && d.Outcome == null);
        var first = await open.OrderBy(d => d.DecisionBy).ThenBy(d => d.RoleTitle).Take(BoardSize).ToListAsync(cancellationToken);
        // Reviews owed on engagements are promises too: due ones are listed, overdue ones count in the ghosting figure. The counts
        // are Promise.IsBroken said to the database: the date before today, and (being open or due) nothing answered.
        var reviews = db.Engagements.AsNoTracking().Where(e => e.RpoOrganisationId == rpoId && e.NextReviewOn != null && e.NextReviewOn <= today);
        var dueReviews = await reviews.OrderBy(e => e.NextReviewOn).Take(BoardSize).ToListAsync(cancellationToken);
        return new DecisionBoard(first.Select(d => d.View(today)).ToList(), await open.CountAsync(cancellationToken),
            await open.CountAsync(d => d.DecisionBy < today, cancellationToken) + await reviews.CountAsync(e => e.NextReviewOn < today, cancellationToken),
            await db.PolicyAsync(rpoId, cancellationToken))
        {
            Reviews = dueReviews.Select(e => e.Due(today)).ToList(),
        };
    }
}
