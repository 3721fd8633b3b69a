namespace InterimExchange.Routing.Features.ScaleData;

/// <summary>The scale plan's vetted firms in the directory, its confirmed briefs, and each brief's routing with the firms' answers.</summary>
internal sealed class RoutingScaleData(RoutingDbContext db) : IScaleData
{
    public async Task SeedAsync(ScalePlan plan, CancellationToken cancellationToken)
    {
        if (await db.Briefs.AnyAsync(b => b.BriefId == plan.BriefId(0), cancellationToken))
        {
            return;
        }

        var today = DateOnly.FromDateTime(plan.NowUtc);
        var firms = new Dictionary<int, DirectoryFirm>();
        for (var f = 1; f < plan.Firms; f++)
        {
            // The demo firm (number 0) is in the directory from its own vetting.
            var firm = new DirectoryFirm(plan.FirmId(f));
            firm.Profile(plan.FirmName(f), [new FirmSpecialism(ScalePlan.Sector(f), ScalePlan.Function(f)), new FirmSpecialism(ScalePlan.Sector(f + 1), ScalePlan.Function(f))],
                [ScalePlan.Region(f), ScalePlan.Region(f + 2)], ["head-of", "executive"], 200, today.AddMonths(10), plan.NowUtc.AddYears(-2));
            firm.Vetted(today.AddMonths(1 + f % 12), plan.NowUtc.AddYears(-2));
            firms[f] = firm;
            db.Firms.Add(firm);
        }

        await db.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < plan.Briefs; i++)
        {
            var routedAt = plan.RoutedAtUtc(i);
            db.Briefs.Add(new RoutableBrief(plan.BriefId(i), plan.RpoId, plan.ClientId(ScalePlan.ClientOf(i)), ScalePlan.RoleTitle(i), ScalePlan.Sector(i),
                ScalePlan.Function(i), "executive", ScalePlan.Region(i), i % 10 == 0, routedAt.AddDays(-3)));
            foreach (var (slot, f) in plan.FirmsFor(i))
            {
                var routed = new RoutedFirm(plan.BriefId(i), plan.FirmId(f), plan.FirmName(f), RoutingChannel.SpecialistFirm, 1,
                    ScalePlan.RoutingNote, plan.RespondBy(i), plan.ProposalsDue(i), routedAt);
                if (plan.Answered(i))
                {
                    var interested = plan.Interested(i, slot);
                    routed.Answer(interested, interested ? null : DeclineReason.NoCapacity, null, plan.AnsweredAtUtc(i, slot));
                }

                if (plan.StillOpen(i) && f != 0 && plan.Interested(i, slot))
                {
                    firms[f].BriefRouted();
                }

                db.RoutedFirms.Add(routed);
            }

            if (i % 1_000 == 999)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                foreach (var firm in firms.Values)
                {
                    db.Attach(firm);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
