using InterimExchange.Briefs.Contracts;

namespace InterimExchange.Proposals.Features.ViewEngagement;

/// <summary>Where the engagement that fills a brief lives, for each of the three parties to it.</summary>
internal sealed class ViewEngagementHandler(ProposalsDbContext db, IBriefs rpoBriefs, IClientBriefings clientBriefings) : IEngagements
{
    public async Task<EngagementView?> ForCoordinatorAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken) =>
        await rpoBriefs.GetBriefAsync(rpoId, briefId, cancellationToken) is null ? null : await FindAsync(briefId, firmId: null, cancellationToken);

    public async Task<EngagementView?> ForClientExecutiveAsync(Guid userId, Guid briefId, CancellationToken cancellationToken) =>
        await clientBriefings.IsInvitedAsync(userId, briefId, cancellationToken) ? await FindAsync(briefId, firmId: null, cancellationToken) : null;

    public Task<EngagementView?> ForFirmAsync(Guid firmId, Guid briefId, CancellationToken cancellationToken) => FindAsync(briefId, firmId, cancellationToken);

    private Task<EngagementView?> FindAsync(Guid briefId, Guid? firmId, CancellationToken cancellationToken) =>
        db.Engagements.AsNoTracking()
            .Where(e => e.BriefId == briefId && (firmId == null || e.FirmId == firmId))
            .Select(e => new EngagementView(e.Id, e.BriefId,
                db.InboxItems.Where(i => i.BriefId == e.BriefId).Select(i => i.RoleTitle).FirstOrDefault() ?? "",
                e.FirmName, e.CandidateAlias, e.StartDate, e.SuccessCriteria, e.StartedBy))
            .FirstOrDefaultAsync(cancellationToken);
}
