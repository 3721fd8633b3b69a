using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;

namespace InterimExchange.Routing.Features.DemoData;

/// <summary>
/// The demo Quality Director brief, routed to Meridian and to Northbridge's own sourcing team, who both answered interested; and the
/// filled Site Director brief, routed to Meridian alone four months ago.
/// </summary>
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

        var history = DemoBriefs.SiteDirectorDates(clock.GetUtcNow().UtcDateTime);
        var siteDirector = new RoutedFirm(DemoBriefs.SiteDirector, meridian.Id, meridian.Name, RoutingChannel.SpecialistFirm, 1,
            "Why we chose you: Places Manufacturing and operations interims in Pharma and life sciences; Serves Benelux.", history.RespondBy, history.ProposalsDue,
            history.RoutedAtUtc);
        siteDirector.Answer(true, null, "Interested: a site director who ran a sterile plant of 400 is available.", history.AnsweredAtUtc);
        db.RoutedFirms.Add(siteDirector);

        await db.SaveChangesAsync(cancellationToken);
    }
}
