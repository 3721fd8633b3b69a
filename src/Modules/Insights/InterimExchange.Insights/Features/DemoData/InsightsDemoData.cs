using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Insights.Features;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Routing.Contracts;

namespace InterimExchange.Insights.Features.DemoData;

/// <summary>
/// The facts of the demo's routed briefs, whose events were never published (each module writes its demo data straight into its
/// own tables): the Quality Director brief routed to Meridian and Northbridge's sourcing team, both proposing; the Site Director
/// brief filled through Meridian with its first criterion met. Reviews and decisions are read from Proposals, so that the events
/// that follow about the same engagement and decisions land on the same facts.
/// </summary>
internal sealed class InsightsDemoData(InsightsDbContext db, IProposals proposals, TimeProvider clock) : IDemoData
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Routings.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var rpo = DemoAccounts.Northbridge.Id;
        var meridian = DemoAccounts.Firms[0].Id;
        // The demo data reads as the RPO, whose briefs these are; no person asks.
        var asRpo = new Caller(rpo, DemoAccounts.Northbridge.Name, OrganisationKind.RpoProvider, Guid.Empty, DemoAccounts.Northbridge.Name, IsAdmin: false);

        var (routedAt, respondBy, _) = DemoBriefs.QualityDirectorRouting(now);
        foreach (var (firm, channel) in new[] { (meridian, RoutingChannel.SpecialistFirm), (rpo, RoutingChannel.SourcingTeam) })
        {
            var routing = await db.RoutingAsync(DemoBriefs.QualityDirector, firm, cancellationToken);
            routing.Routed(rpo, channel, routedAt, respondBy);
            routing.Answered(true, routedAt.AddDays(1));
            routing.ProposalSubmitted();
        }

        (await db.BriefAsync(DemoBriefs.QualityDirector, rpo, cancellationToken)).ProposalArrived(DemoBriefs.QualityDirectorFirstProposal(now));

        // A data folder written before the filled brief existed has no engagement to take the facts from.
        if (await proposals.AskAsync(new ViewEngagementQuery(asRpo, DemoBriefs.SiteDirector), cancellationToken) is { } engagement)
        {
            var history = DemoBriefs.SiteDirectorDates(now);
            var filled = await db.RoutingAsync(DemoBriefs.SiteDirector, meridian, cancellationToken);
            filled.Routed(rpo, RoutingChannel.SpecialistFirm, history.RoutedAtUtc, history.RespondBy);
            filled.Answered(true, history.AnsweredAtUtc);
            filled.ProposalSubmitted();
            filled.CandidateShortlisted();
            filled.CandidateSelected();
            filled.EngagementStarted();
            var brief = await db.BriefAsync(DemoBriefs.SiteDirector, rpo, cancellationToken);
            brief.ProposalArrived(history.ProposedAtUtc);
            brief.Engaged(history.StartDate);
            foreach (var criterion in engagement.Criteria.Where(c => c is { Rating: not null, ReviewedAtUtc: not null }))
            {
                var review = new ReviewFact(engagement.Id, criterion.Number, DemoBriefs.SiteDirector, rpo, meridian);
                review.Reviewed(criterion.Rating!.Value, criterion.ReviewedAtUtc!.Value);
                db.Reviews.Add(review);
            }
        }

        foreach (var briefId in new[] { DemoBriefs.QualityDirector, DemoBriefs.SiteDirector })
        {
            foreach (var decision in (await proposals.AskAsync(new ViewBriefDecisionsQuery(asRpo, briefId), cancellationToken))?.Items ?? [])
            {
                var promise = await db.PromiseAsync(decision.Id, rpo, briefId, decision.FirmId, cancellationToken);
                if (decision is { Outcome: { } outcome, DecidedAtUtc: { } decidedAt })
                {
                    promise.Given(decision.DecisionBy, outcome, decision.Automated, decidedAt);
                }
                else
                {
                    promise.Promised(decision.DecisionBy);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
