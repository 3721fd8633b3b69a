using InterimExchange.BuildingBlocks.Scheduling;
using InterimExchange.Proposals.Contracts.IntegrationEvents;

namespace InterimExchange.Proposals.Features.SendDecisionReminders;

/// <summary>
/// Two days before a decision-by date its owner is reminded; once it has passed, the owner is reminded every day and the
/// RPO's lead is told. Each reminder is saved as a row unique per decision and day in the same SaveChanges as its event (a hundred
/// to a transaction), so that a second run, or a second app instance running at the same moment, sends nothing twice.
/// </summary>
internal sealed class DecisionReminders(ProposalsDbContext db, TimeProvider clock) : IScheduledWork
{
    public const int DaysAhead = 2;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var due = await db.Decisions.AsNoTracking()
            .Where(d => d.Outcome == null && d.DecisionBy <= today.AddDays(DaysAhead))
            .Select(d => new
            {
                Decision = d,
                // The last reminder since the two-day warning of the current date: a moved date is warned about again.
                Reminded = db.DecisionReminders.Where(r => r.DecisionId == d.Id && r.Day >= d.DecisionBy.AddDays(-DaysAhead)).Max(r => (DateOnly?)r.Day),
            })
            .ToListAsync(cancellationToken);

        // Overdue: once a day. Coming up: once per date (a moved date is warned about again).
        var needed = due.Where(d => d.Decision.DaysOverdue(today) > 0 ? d.Reminded != today : d.Reminded is null).Select(d => d.Decision);
        return await db.SaveEachOnceAsync(needed, decision =>
        {
            db.DecisionReminders.Add(new DecisionReminder(decision.Id, today));
            db.AddToOutbox(new DecisionReminderDue(decision.Id, decision.BriefId, decision.RpoOrganisationId, decision.OwnerId, decision.RoleTitle, decision.FirmId,
                decision.FirmName, decision.What, decision.DecisionBy, decision.DaysOverdue(today), now), clock);
        }, cancellationToken);
    }
}
