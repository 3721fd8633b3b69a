using InterimExchange.Briefs.Contracts;

namespace InterimExchange.Proposals.Features.ViewInbox;

/// <summary>The firm's inbox of routed briefs, and one routed brief as the firm reads it.</summary>
internal sealed class ViewInboxHandler(ProposalsDbContext db, IBriefs briefs)
{
    public async Task<IReadOnlyList<InboxItemView>> ListAsync(Guid firmId, CancellationToken cancellationToken) =>
        await db.InboxItems.AsNoTracking()
            .Where(i => i.FirmId == firmId)
            .OrderByDescending(i => i.RoutedAtUtc)
            .Take(100)
            .Select(i => new InboxItemView(i.BriefId, i.RoleTitle, i.RespondBy, i.ProposalsDue, i.RoutedAtUtc, i.Response,
                db.Proposals.Where(p => p.BriefId == i.BriefId && p.FirmId == i.FirmId).Select(p => (ProposalStatus?)p.Status).FirstOrDefault(),
                db.Decisions.Where(d => d.BriefId == i.BriefId && d.FirmId == i.FirmId && d.Outcome == null).Min(d => (DateOnly?)d.DecisionBy),
                db.Decisions.Where(d => d.BriefId == i.BriefId && d.FirmId == i.FirmId && d.Outcome != null).OrderByDescending(d => d.DecidedAtUtc)
                    .Select(d => d.Outcome).FirstOrDefault()))
            .ToListAsync(cancellationToken);

    public async Task<RoutedBriefView?> GetAsync(Guid firmId, Guid briefId, CancellationToken cancellationToken)
    {
        var item = await db.InboxItems.AsNoTracking().SingleOrDefaultAsync(i => i.FirmId == firmId && i.BriefId == briefId, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var brief = await briefs.AskAsync(new FirmBriefQuery(briefId), cancellationToken);
        return brief is null
            ? null
            : new RoutedBriefView(new InboxItemView(item.BriefId, item.RoleTitle, item.RespondBy, item.ProposalsDue, item.RoutedAtUtc, item.Response),
                item.Note, item.Reasons, item.DeclineReason, item.ResponseNote, brief, item.RpoOrganisationId);
    }
}
