using InterimExchange.Accounts.Contracts.IntegrationEvents;

namespace InterimExchange.Briefs.Features.HandOverWork;

/// <summary>A client executive handed their work to a colleague: the briefings they were invited to (and the evaluations) are the colleague's.</summary>
internal sealed class WorkHandedOverConsumer(BriefsDbContext db, TimeProvider clock) : InboxConsumer<WorkHandedOver, BriefsDbContext>(db, clock)
{
    protected override async Task HandleAsync(WorkHandedOver message, CancellationToken cancellationToken)
    {
        foreach (var invitation in await Db.BriefingInvitations.Where(i => i.ExecutiveUserId == message.FromUserId && i.RevokedAtUtc == null).ToListAsync(cancellationToken))
        {
            invitation.HandOver(message.ToUserId);
        }
    }
}
