using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;

namespace InterimExchange.Routing.Features.DemoData;

/// <summary>The demo Quality Director brief, routed to Meridian and to Northbridge's own sourcing team, who both answered interested.</summary>
internal sealed class RoutingDemoData(RoutingDbContext db, TimeProvider clock) : IDemoData
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.RoutedFirms.AnyAsync(r => r.BriefId == DemoBriefs.QualityDirector, cancellationToken))
        {
            return;
        }

        var (routedAt, respondBy, due) = DemoBriefs.QualityDirectorRouting(clock.GetUtcNow().UtcDateTime);
        var meridian = DemoAccounts.Firms[0];
        var channels = new[]
        {
            (meridian.Id, meridian.Name, RoutingChannel.SpecialistFirm, "Why we chose you: Specialises in Pharma and life sciences × Quality; Serves DACH."),
            (DemoAccounts.Northbridge.Id, RoutingWords.SourcingTeamName(DemoAccounts.Northbridge.Name), RoutingChannel.SourcingTeam, "Tom, please propose from our interim bench."),
        };
        foreach (var (id, name, channel, note) in channels)
        {
            var routed = new RoutedFirm(DemoBriefs.QualityDirector, id, name, channel, 1, note, respondBy, due, routedAt);
            routed.Answer(true, null, "Interested: we have a strong candidate.", routedAt.AddDays(1));
            db.RoutedFirms.Add(routed);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
