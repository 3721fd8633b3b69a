using InterimExchange.BuildingBlocks.Scheduling;

namespace InterimExchange.Proposals.Features.UnsealAfterProposalsClose;

/// <summary>
/// Value scoring completed while proposals were still open leaves the terms sealed; once the last proposals-due date of the
/// brief has passed, they unseal here, with the same reason and event as when the last score arrives after it.
/// </summary>
internal sealed class UnsealAfterProposalsClose(ProposalsDbContext db, TimeProvider clock) : IScheduledWork
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var ready = await db.Evaluations.AsNoTracking()
            .Where(e => e.ScoringCompletedAtUtc != null && e.UnsealedAtUtc == null)
            .Where(e => db.InboxItems.Where(i => i.BriefId == e.BriefId).Max(i => (DateOnly?)i.ProposalsDue) < today)
            .Select(e => new { Evaluation = e, Proposals = db.Proposals.Count(p => p.BriefId == e.BriefId && p.Status == ProposalStatus.Submitted) })
            .ToListAsync(cancellationToken);
        var unsealed = 0;
        foreach (var (evaluation, proposals) in ready.Select(r => (r.Evaluation, r.Proposals)))
        {
            db.Attach(evaluation);
            foreach (var message in evaluation.CompleteScoring(proposals, proposalsClosed: true, now))
            {
                db.AddToOutbox(message, clock);
            }

            unsealed += await db.SaveOnceAsync(cancellationToken) ? 1 : 0;
        }

        return unsealed;
    }
}
