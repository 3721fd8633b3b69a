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

        Db.HandedOver(message.HandoverId, [.. decisions.Select(d => d.Id), .. engagements.Select(e => e.Id)]);
    }
}

/// <summary>Back from leave: the decisions and engagement reviews the colleague still holds of the handover are the coordinator's again.</summary>
internal sealed class WorkTakenBackConsumer(ProposalsDbContext db, TimeProvider clock) : InboxConsumer<WorkTakenBack, ProposalsDbContext>(db, clock)
{
    protected override async Task HandleAsync(WorkTakenBack message, CancellationToken cancellationToken)
    {
        var moved = Db.HandedOverIn(message.HandoverId);
        foreach (var decision in await Db.Decisions.Where(d => moved.Contains(d.Id) && d.OwnerId == message.FromUserId
                                                                && (d.Outcome == null || (d.Outcome == Outcome.BriefOnHold && !d.Reopened))).ToListAsync(cancellationToken))
        {
            decision.HandOver(message.ToUserId, message.ToName);
        }

        foreach (var engagement in await Db.Engagements.Where(e => moved.Contains(e.Id) && e.OwnerId == message.FromUserId && e.EndedOn == null).ToListAsync(cancellationToken))
        {
            engagement.HandOver(message.ToUserId);
        }
    }
}
