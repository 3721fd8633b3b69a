using InterimExchange.Briefs.Contracts;

namespace InterimExchange.Proposals.Features.ViewEngagement;

/// <summary>Where the engagement that fills a brief lives, for each of the three parties to it, with its criteria and their reviews.</summary>
internal sealed class ViewEngagementHandler(ProposalsDbContext db, IBriefs briefs, TimeProvider clock)
{
    public async Task<EngagementView?> ForCoordinatorAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken) =>
        await briefs.AskAsync(new ReviewBriefQuery(rpoId, briefId), cancellationToken) is null ? null : await FindAsync(briefId, firmId: null, cancellationToken);

    public async Task<EngagementView?> ForClientExecutiveAsync(Guid userId, Guid briefId, CancellationToken cancellationToken) =>
        await briefs.AskAsync(new IsInvitedQuery(userId, briefId), cancellationToken) ? await FindAsync(briefId, firmId: null, cancellationToken) : null;

    public Task<EngagementView?> ForFirmAsync(Guid firmId, Guid briefId, CancellationToken cancellationToken) => FindAsync(briefId, firmId, cancellationToken);

    public async Task<IReadOnlyList<ReviewDueView>> DueForClientExecutiveAsync(Guid userId, CancellationToken cancellationToken)
    {
        var briefIds = (await briefs.AskAsync(new ClientBriefingsQuery(userId), cancellationToken)).Where(b => b.Filled).Select(b => b.BriefId).ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var due = await db.Engagements.AsNoTracking().Where(e => briefIds.Contains(e.BriefId) && e.NextReviewOn != null && e.NextReviewOn <= today)
            .OrderBy(e => e.NextReviewOn).ToListAsync(cancellationToken);
        return due.Select(e => e.Due(today)).ToList();
    }

    private async Task<EngagementView?> FindAsync(Guid briefId, Guid? firmId, CancellationToken cancellationToken)
    {
        var engagement = await db.Engagements.AsNoTracking().Where(e => e.BriefId == briefId && (firmId == null || e.FirmId == firmId))
            .OrderBy(e => e.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken);
        if (engagement is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var roleTitle = engagement.RoleTitle.Length > 0
            ? engagement.RoleTitle
            : await db.InboxItems.Where(i => i.BriefId == briefId).Select(i => i.RoleTitle).FirstOrDefaultAsync(cancellationToken) ?? "";
        var ended = engagement.EndedOn is not null;
        return new EngagementView(engagement.Id, engagement.BriefId, roleTitle, engagement.FirmName, engagement.CandidateAlias, engagement.InterimName, engagement.StartDate, engagement.PlannedEnd,
            engagement.State(today), engagement.EndedOn, engagement.EndReason, engagement.EndNote,
            engagement.Criteria.Select(c => new EngagementCriterionView(c.Number, c.Outcome, c.Measure, c.Horizon.Describe(), c.ReviewOn,
                !ended && c.Rating is null && c.ReviewOn <= today, c.Rating, c.Evidence, c.ReviewedBy, c.ReviewedAtUtc, ended && c.Rating is null,
                engagement.Reviewable(c, today))).ToList(),
            engagement.StartedBy);
    }
}
