using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.ViewEngagementAsFirm;

/// <summary>The engagement the caller's organisation's candidate started on the brief, as the organisation that proposed her reads it.</summary>
internal sealed class ViewEngagementAsFirmHandler(ProposalsDbContext db, TimeProvider clock) : IQueryHandler<ViewEngagementAsFirmQuery, EngagementView?>
{
    public Task<EngagementView?> HandleAsync(ViewEngagementAsFirmQuery query, CancellationToken cancellationToken) =>
        db.EngagementViewAsync(query.BriefId, query.By.OrganisationId, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
}
