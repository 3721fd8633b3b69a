using InterimExchange.Briefs.Contracts.IntegrationEvents;
using InterimExchange.Proposals.Contracts.IntegrationEvents;

namespace InterimExchange.Proposals.Features.AwaitAgainOnResume;

/// <summary>
/// A brief resumed from hold leaves nobody waiting on a review date that has come and gone: each item told "on hold" is
/// awaited again, owned as before, by a new date from the RPO's default, and the firm sees and is told the new date.
/// </summary>
internal sealed class BriefResumedConsumer(ProposalsDbContext db, TimeProvider clock) : InboxConsumer<BriefResumed, ProposalsDbContext>(db, clock)
{
    protected override async Task HandleAsync(BriefResumed message, CancellationToken cancellationToken)
    {
        var held = await Db.Decisions.Where(d => d.BriefId == message.BriefId && d.Outcome == Outcome.BriefOnHold && !d.Reopened).ToListAsync(cancellationToken);
        if (held.Count == 0)
        {
            return;
        }

        var policy = await Db.PolicyAsync(message.RpoOrganisationId, cancellationToken);
        var decisionBy = BusinessDays.Add(DateOnly.FromDateTime(message.AtUtc), policy.DaysAfterShortlisting);
        foreach (var decision in held)
        {
            var reopened = decision.Reopen(decisionBy);
            Db.Decisions.Add(reopened);
            Db.Note(decision.BriefId, decision.FirmId, message.AtUtc, $"The brief resumed: you will hear about your {decision.What} by {decisionBy:d MMMM yyyy}.");
            Db.AddToOutbox(new DecisionDateMoved(reopened.Id, decision.BriefId, decision.RpoOrganisationId, decision.FirmId, decision.Channel, decision.RoleTitle, decision.What,
                decision.ReviewDate ?? DateOnly.FromDateTime(message.AtUtc), decisionBy, "The brief resumed from hold.", decision.OwnerName, message.AtUtc), Clock);
        }
    }
}
