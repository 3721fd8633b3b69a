using InterimExchange.Accounts.Contracts.IntegrationEvents;

namespace InterimExchange.Proposals.Features.HandOverWork;

/// <summary>
/// A coordinator handed their work over: the decisions they owe firms (open, or on a brief on hold) and the reviews of the
/// engagements they started are the colleague's from now on, so reminders and the Decisions owed list name the colleague.
/// </summary>
internal sealed class WorkHandedOverConsumer(ProposalsDbContext db, TimeProvider clock) : InboxConsumer<WorkHandedOver, ProposalsDbContext>(db, clock)
{
    protected override async Task HandleAsync(WorkHandedOver message, CancellationToken cancellationToken)
    {
        var decisions = await Db.Decisions
            .Where(d => d.RpoOrganisationId == message.OrganisationId && d.OwnerId == message.FromUserId
                        && (d.Outcome == null || (d.Outcome == Outcome.BriefOnHold && !d.Reopened)))
            .ToListAsync(cancellationToken);
        foreach (var decision in decisions)
        {
            decision.HandOver(message.ToUserId, message.ToName);
        }

        var engagements = await Db.Engagements
            .Where(e => e.RpoOrganisationId == message.OrganisationId && e.OwnerId == message.FromUserId && e.EndedOn == null)
            .ToListAsync(cancellationToken);
        foreach (var engagement in engagements)
        {
            engagement.HandOver(message.ToUserId);
        }
    }
}
