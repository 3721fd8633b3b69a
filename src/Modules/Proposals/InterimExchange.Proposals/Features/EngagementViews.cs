using InterimExchange.Briefs.Contracts;

namespace InterimExchange.Proposals.Features;

/// <summary>The engagement that fills a brief, as its parties read it, with its criteria and their reviews: one copy for each party's read.</summary>
internal static class EngagementViews
{
    /// <summary>The brief's engagement (the one the firm's candidate started, when <paramref name="firmId"/> is given), or null.</summary>
    public static async Task<EngagementView?> EngagementViewAsync(this ProposalsDbContext db, Guid briefId, Guid? firmId, DateOnly today, CancellationToken cancellationToken)
    {
        var engagement = await db.Engagements.AsNoTracking().Where(e => e.BriefId == briefId && (firmId == null || e.FirmId == firmId))
            .OrderBy(e => e.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken);
        if (engagement is null)
        {
            return null;
        }

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
