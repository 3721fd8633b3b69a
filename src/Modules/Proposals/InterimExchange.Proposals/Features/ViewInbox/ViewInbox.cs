using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.ViewInbox;

/// <summary>The briefs routed to the caller's organisation, with where its answer, its proposal and its decisions stand.</summary>
internal sealed class ViewInboxHandler(ProposalsDbContext db) : IQueryHandler<ViewInboxQuery, IReadOnlyList<InboxItemView>>
{
    public async Task<IReadOnlyList<InboxItemView>> HandleAsync(ViewInboxQuery query, CancellationToken cancellationToken) =>
        await db.InboxItems.AsNoTracking()
            .Where(i => i.FirmId == query.By.OrganisationId)
            .OrderByDescending(i => i.RoutedAtUtc)
            .Take(100)
            .Select(i => new InboxItemView(i.BriefId, i.RoleTitle, i.RespondBy, i.ProposalsDue, i.RoutedAtUtc, i.Response,
                db.Proposals.Where(p => p.BriefId == i.BriefId && p.FirmId == i.FirmId).Select(p => (ProposalStatus?)p.Status).FirstOrDefault(),
                db.Decisions.Where(d => d.BriefId == i.BriefId && d.FirmId == i.FirmId && d.Outcome == null).Min(d => (DateOnly?)d.DecisionBy),
                db.Decisions.Where(d => d.BriefId == i.BriefId && d.FirmId == i.FirmId && d.Outcome != null).OrderByDescending(d => d.DecidedAtUtc)
                    .Select(d => d.Outcome).FirstOrDefault()))
            .ToListAsync(cancellationToken);
}
