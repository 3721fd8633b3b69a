using InterimExchange.Briefs.Contracts;

namespace InterimExchange.Proposals.Features.ViewDecisions;

/// <summary>What is owed, and to whom: the RPO's board of open decisions, one brief's outcomes, and a firm's own timeline.</summary>
internal sealed class ViewDecisionsHandler(ProposalsDbContext db, IBriefs briefs, TimeProvider clock)
{
    private const int BoardSize = 50;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<DecisionBoard> BoardAsync(Guid rpoId, CancellationToken cancellationToken)
    {
        var today = Today;
        var open = db.Decisions.AsNoTracking().Where(d => d.RpoOrganisationId == rpoId && d.Outcome == null);
        var first = await open.OrderBy(d => d.DecisionBy).ThenBy(d => d.RoleTitle).Take(BoardSize).ToListAsync(cancellationToken);
        // Reviews owed on engagements are promises too: due ones are listed, overdue ones count in the ghosting figure.
        var reviews = db.Engagements.AsNoTracking().Where(e => e.RpoOrganisationId == rpoId && e.NextReviewOn != null && e.NextReviewOn <= today);
        var dueReviews = await reviews.OrderBy(e => e.NextReviewOn).Take(BoardSize).ToListAsync(cancellationToken);
        return new DecisionBoard(first.Select(d => View(d, today)).ToList(), await open.CountAsync(cancellationToken),
            await open.CountAsync(d => d.DecisionBy < today, cancellationToken) + await reviews.CountAsync(e => e.NextReviewOn < today, cancellationToken),
            await db.PolicyAsync(rpoId, cancellationToken))
        {
            Reviews = dueReviews.Select(e => e.Due(today)).ToList(),
        };
    }

    public async Task<BriefDecisions?> ForBriefAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken)
    {
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.BriefId == briefId && d.RpoOrganisationId == rpoId)
            .OrderBy(d => d.Outcome != null).ThenBy(d => d.DecisionBy).ThenBy(d => d.FirmName).ToListAsync(cancellationToken);
        var brief = await briefs.AskAsync(new ReviewBriefQuery(rpoId, briefId), cancellationToken);
        return brief is null ? null : new BriefDecisions(briefId, brief.RoleTitle, decisions.Select(d => View(d, Today)).ToList());
    }

    public async Task<FirmTimeline?> TimelineAsync(Guid firmId, Guid briefId, CancellationToken cancellationToken)
    {
        if (!await db.InboxItems.AnyAsync(i => i.FirmId == firmId && i.BriefId == briefId, cancellationToken))
        {
            return null;
        }

        var awaiting = await db.Decisions.AsNoTracking().Where(d => d.BriefId == briefId && d.FirmId == firmId && d.Outcome == null)
            .OrderBy(d => d.DecisionBy).ToListAsync(cancellationToken);
        var entries = await db.Timeline.AsNoTracking().Where(t => t.BriefId == briefId && t.FirmId == firmId).OrderBy(t => t.Id)
            .Select(t => new TimelineEntryView(t.AtUtc, t.Text)).ToListAsync(cancellationToken);
        return new FirmTimeline(awaiting.Select(d => View(d, Today)).ToList(), entries);
    }

    internal static DecisionView View(Decision d, DateOnly today) =>
        new(d.Id, d.BriefId, d.RoleTitle, d.FirmId, d.FirmName, d.Channel, d.Subject, d.CandidateAlias, d.OwnerName, d.DecisionBy, d.DaysOverdue(today),
            d.Outcome, d.Message, d.Automated, d.DecidedAtUtc);
}
