using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.ViewFirmTimeline;

/// <summary>Where the caller's organisation stands on a brief routed to it: what it awaits, by when, and everything that happened.</summary>
internal sealed class ViewFirmTimelineHandler(ProposalsDbContext db, TimeProvider clock) : IQueryHandler<ViewFirmTimelineQuery, FirmTimeline?>
{
    public async Task<FirmTimeline?> HandleAsync(ViewFirmTimelineQuery query, CancellationToken cancellationToken)
    {
        var (firmId, briefId) = (query.By.OrganisationId, query.BriefId);
        if (!await db.InboxItems.AnyAsync(i => i.FirmId == firmId && i.BriefId == briefId, cancellationToken))
        {
            return null;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var awaiting = await db.Decisions.AsNoTracking().Where(d => d.BriefId == briefId && d.FirmId == firmId && d.Outcome == null)
            .OrderBy(d => d.DecisionBy).ToListAsync(cancellationToken);
        var entries = await db.Timeline.AsNoTracking().Where(t => t.BriefId == briefId && t.FirmId == firmId).OrderBy(t => t.Id)
            .Select(t => new TimelineEntryView(t.AtUtc, t.Text)).ToListAsync(cancellationToken);
        return new FirmTimeline(awaiting.Select(d => d.View(today)).ToList(), entries);
    }
}
