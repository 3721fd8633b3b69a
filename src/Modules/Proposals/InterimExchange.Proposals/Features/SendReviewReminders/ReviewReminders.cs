using InterimExchange.BuildingBlocks.Scheduling;
using InterimExchange.Proposals.Contracts.IntegrationEvents;

namespace InterimExchange.Proposals.Features.SendReviewReminders;

/// <summary>
/// On an engagement's review date its owner is asked to see the due criteria reviewed; once the date has passed, every day, with
/// the RPO's leads told too. Each reminder is a row unique per engagement and day, saved with its event (ADR 0005).
/// </summary>
internal sealed class ReviewReminders(ProposalsDbContext db, TimeProvider clock) : IScheduledWork
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var due = await db.Engagements.AsNoTracking()
            .Where(e => e.NextReviewOn != null && e.NextReviewOn <= today && !db.EngagementReminders.Any(r => r.EngagementId == e.Id && r.Day == today))
            .ToListAsync(cancellationToken);
        return await db.SaveEachOnceAsync(due, engagement =>
        {
            db.EngagementReminders.Add(new EngagementReminder(engagement.Id, today));
            db.AddToOutbox(new EngagementReviewDue(engagement.Id, engagement.BriefId, engagement.RpoOrganisationId, engagement.OwnerId, engagement.RoleTitle,
                engagement.CandidateAlias, engagement.Criteria.Count(c => c.Rating is null && c.ReviewOn <= today), engagement.NextReviewOn!.Value,
                engagement.DaysOverdue(today), now, engagement.InterimName), clock);
        }, cancellationToken);
    }
}
