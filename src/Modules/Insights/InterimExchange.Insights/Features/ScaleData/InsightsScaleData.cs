using InterimExchange.Routing.Contracts;

namespace InterimExchange.Insights.Features.ScaleData;

/// <summary>The facts of the scale plan: each brief created and confirmed, each routing answered, the interested firms proposing, the filled briefs' first firm selected.</summary>
internal sealed class InsightsScaleData(InsightsDbContext db) : IScaleData
{
    public async Task SeedAsync(ScalePlan plan, CancellationToken cancellationToken)
    {
        if (await db.Briefs.AnyAsync(b => b.BriefId == plan.BriefId(0), cancellationToken))
        {
            return;
        }

        for (var i = 0; i < plan.Briefs; i++)
        {
            var brief = new BriefFact(plan.BriefId(i), plan.RpoId);
            brief.Created(plan.CreatedAtUtc(i));
            brief.Confirmed(plan.ClientId(ScalePlan.ClientOf(i)), ScalePlan.Sector(i));
            var routedAt = plan.RoutedAtUtc(i);
            foreach (var (slot, f) in plan.FirmsFor(i))
            {
                var routing = new RoutingFact(plan.BriefId(i), plan.FirmId(f));
                routing.Routed(plan.RpoId, RoutingChannel.SpecialistFirm, routedAt, plan.RespondBy(i));
                if (plan.Answered(i))
                {
                    var interested = plan.Interested(i, slot);
                    routing.Answered(interested, plan.AnsweredAtUtc(i, slot));
                    if (interested && routedAt < plan.NowUtc.AddDays(-14))
                    {
                        routing.ProposalSubmitted();
                        brief.ProposalArrived(routedAt.AddDays(10));
                    }

                    if (interested && plan.Filled(i) && slot == 0)
                    {
                        routing.CandidateShortlisted();
                        routing.CandidateSelected();
                    }
                }

                db.Routings.Add(routing);
            }

            db.Briefs.Add(brief);
            if (i % 1_000 == 999)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
