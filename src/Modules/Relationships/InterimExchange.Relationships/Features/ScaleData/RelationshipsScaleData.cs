using InterimExchange.Accounts.Contracts;

namespace InterimExchange.Relationships.Features.ScaleData;

/// <summary>The RPO's relationship with each firm of the scale plan, each routing and answer on its timeline.</summary>
internal sealed class RelationshipsScaleData(RelationshipsDbContext db, IAccounts accounts) : IScaleData
{
    public async Task SeedAsync(ScalePlan plan, CancellationToken cancellationToken)
    {
        if (await db.RoutedBriefs.AnyAsync(r => r.BriefId == plan.BriefId(0), cancellationToken))
        {
            return;
        }

        var coordinator = DemoAccounts.Northbridge.People[0];
        var coordinatorId = await accounts.AskAsync(new FindAccountQuery(coordinator.Email), cancellationToken) ?? Guid.Empty;
        var relationships = new Dictionary<int, Guid>();
        for (var f = 0; f < plan.Firms; f++)
        {
            var relationship = await db.RelationshipAsync(accounts, plan.RpoId, plan.FirmId(f), CounterpartKind.Firm, plan.FirmName(f),
                coordinatorId, plan.NowUtc.AddYears(-2), cancellationToken);
            relationship.Highlighted($"You routed {ScalePlan.RoleTitle(f)} to them");
            relationships[f] = relationship.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        for (var i = 0; i < plan.Briefs; i++)
        {
            var routedAt = plan.RoutedAtUtc(i);
            foreach (var (slot, f) in plan.FirmsFor(i))
            {
                var name = plan.FirmName(f);
                db.RoutedBriefs.Add(new RoutedBrief(plan.BriefId(i), plan.FirmId(f), relationships[f], ScalePlan.RoleTitle(i), coordinatorId));
                db.Timeline.Add(new TimelineEntry(relationships[f], routedAt, TimelineKind.Routed,
                    $"{coordinator.Name} routed {ScalePlan.RoleTitle(i)} to {name}: answer by {plan.RespondBy(i):d MMMM yyyy}, proposals due {plan.ProposalsDue(i):d MMMM yyyy}.",
                    briefId: plan.BriefId(i)));
                if (plan.Answered(i))
                {
                    db.Timeline.Add(new TimelineEntry(relationships[f], plan.AnsweredAtUtc(i, slot), TimelineKind.Answered,
                        plan.Interested(i, slot) ? $"{name} answered interested in {ScalePlan.RoleTitle(i)}." : $"{name} declined {ScalePlan.RoleTitle(i)}.",
                        briefId: plan.BriefId(i)));
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
