using InterimExchange.Briefs.Contracts;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.ViewEngagement;

/// <summary>The engagement that fills a brief, for a coordinator of the brief's RPO or the client executive invited to it.</summary>
internal sealed class ViewEngagementHandler(ProposalsDbContext db, IBriefs briefs, TimeProvider clock)
    : IQueryHandler<ViewEngagementQuery, EngagementView?>
{
    public async Task<EngagementView?> HandleAsync(ViewEngagementQuery query, CancellationToken cancellationToken)
    {
        var allowed = query.By.Kind switch
        {
            OrganisationKind.RpoProvider => await briefs.AskAsync(new ReviewBriefQuery(query.By.OrganisationId, query.BriefId), cancellationToken) is not null,
            OrganisationKind.ClientCompany => await briefs.AskAsync(new IsInvitedQuery(query.By.UserId, query.BriefId), cancellationToken),
            _ => false,
        };
        return allowed ? await db.EngagementViewAsync(query.BriefId, firmId: null, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken) : null;
    }
}
