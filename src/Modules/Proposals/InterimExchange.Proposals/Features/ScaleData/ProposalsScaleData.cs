using InterimExchange.Accounts.Contracts;
using InterimExchange.Routing.Contracts;

namespace InterimExchange.Proposals.Features.ScaleData;

/// <summary>
/// Each routed item of the scale plan in its firm's inbox with the decision owed to the firm, answered as routing recorded it; the
/// decisions on older briefs given (the first firm selected on a filled brief, the others not progressed), the recent ones open.
/// </summary>
internal sealed class ProposalsScaleData(ProposalsDbContext db, IAccounts accounts) : IScaleData
{
    public async Task SeedAsync(ScalePlan plan, CancellationToken cancellationToken)
    {
        if (await db.InboxItems.AnyAsync(i => i.BriefId == plan.BriefId(0), cancellationToken))
        {
            return;
        }

        var coordinator = DemoAccounts.Northbridge.People[0];
        var ownerId = await accounts.AskAsync(new FindAccountQuery(coordinator.Email), cancellationToken) ?? Guid.Empty;
        var policy = await db.PolicyAsync(plan.RpoId, cancellationToken);
        for (var i = 0; i < plan.Briefs; i++)
        {
            var routedAt = plan.RoutedAtUtc(i);
            foreach (var (slot, f) in plan.FirmsFor(i))
            {
                var item = new InboxItem(plan.BriefId(i), plan.FirmId(f), plan.FirmName(f), RoutingChannel.SpecialistFirm, plan.RpoId,
                    ScalePlan.RoleTitle(i), ScalePlan.RoutingNote, ["Specialism fits", "Serves the region"],
                    plan.RespondBy(i), plan.ProposalsDue(i), routedAt);
                db.InboxItems.Add(item);
                var decision = db.Routed(item, ownerId, coordinator.Name, policy);
                if (plan.Answered(i))
                {
                    var interested = plan.Interested(i, slot);
                    var answeredAt = plan.AnsweredAtUtc(i, slot);
                    item.Respond(interested, interested ? null : DeclineReason.NoCapacity, null, answeredAt);
                    if (!interested)
                    {
                        decision.Give(Outcome.DeclinedByFirm, "Your firm declined this brief.", automated: true, answeredAt);
                    }
                    else if (plan.Filled(i) && slot == 0)
                    {
                        decision.Give(Outcome.Selected, "The client chose your candidate.", automated: false, routedAt.AddDays(30));
                    }
                    else if (!plan.StillOpen(i))
                    {
                        decision.Give(Outcome.NotProgressed, "The client chose another route; thank you for a strong proposal.", automated: false,
                            routedAt.AddDays(30), NotProgressedReason.ClientDecision);
                    }
                }
            }

            if (i % 1_000 == 999)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
