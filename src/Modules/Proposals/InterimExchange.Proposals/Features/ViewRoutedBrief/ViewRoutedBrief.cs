using InterimExchange.Briefs.Contracts;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.ViewRoutedBrief;

/// <summary>One brief routed to the caller's organisation, as it reads it: the brief, why it was chosen, and its answer.</summary>
internal sealed class ViewRoutedBriefHandler(ProposalsDbContext db, IBriefs briefs) : IQueryHandler<ViewRoutedBriefQuery, RoutedBriefView?>
{
    public async Task<RoutedBriefView?> HandleAsync(ViewRoutedBriefQuery query, CancellationToken cancellationToken)
    {
        var item = await db.InboxItems.AsNoTracking().SingleOrDefaultAsync(i => i.FirmId == query.By.OrganisationId && i.BriefId == query.BriefId, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var brief = await briefs.AskAsync(new FirmBriefQuery(query.BriefId), cancellationToken);
        return brief is null
            ? null
            : new RoutedBriefView(new InboxItemView(item.BriefId, item.RoleTitle, item.RespondBy, item.ProposalsDue, item.RoutedAtUtc, item.Response),
                item.Note, item.Reasons, item.DeclineReason, item.ResponseNote, brief, item.RpoOrganisationId);
    }
}
