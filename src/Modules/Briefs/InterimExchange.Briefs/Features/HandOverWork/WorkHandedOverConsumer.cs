using InterimExchange.Accounts.Contracts.IntegrationEvents;

namespace InterimExchange.Briefs.Features.HandOverWork;

/// <summary>A client executive handed their work to a colleague: the briefings they were invited to (and the evaluations) are the colleague's.</summary>
internal sealed class WorkHandedOverConsumer(BriefsDbContext db, TimeProvider clock) : InboxConsumer<WorkHandedOver, BriefsDbContext>(db, clock)
{
    protected override async Task HandleAsync(WorkHandedOver message, CancellationToken cancellationToken)
    {
        var invitations = await Db.BriefingInvitations.Where(i => i.ExecutiveUserId == message.FromUserId && i.RevokedAtUtc == null).ToListAsync(cancellationToken);
        foreach (var invitation in invitations)
        {
            invitation.HandOver(message.ToUserId);
        }

        Db.HandedOver(message.HandoverId, invitations.Select(i => i.Id));
    }
}

/// <summary>Back from leave: the briefings the colleague still holds of the handover are the executive's again.</summary>
internal sealed class WorkTakenBackConsumer(BriefsDbContext db, TimeProvider clock) : InboxConsumer<WorkTakenBack, BriefsDbContext>(db, clock)
{
    protected override async Task HandleAsync(WorkTakenBack message, CancellationToken cancellationToken)
    {
        var moved = Db.HandedOverIn(message.HandoverId);
        foreach (var invitation in await Db.BriefingInvitations.Where(i => moved.Contains(i.Id) && i.ExecutiveUserId == message.FromUserId && i.RevokedAtUtc == null).ToListAsync(cancellationToken))
        {
            invitation.HandOver(message.ToUserId);
        }
    }
}
