using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Proposals.Features;
using InterimExchange.Routing.Contracts;

namespace InterimExchange.Proposals.Features.DemoData;

/// <summary>
/// Two submitted proposals for the demo Quality Director brief, Meridian's and Northbridge's sourcing team's, with Meridian's
/// already scored by the coordinator: the comparison can be seen at once, and the terms are still sealed. And the engagement
/// that filled the Site Director brief: Meridian's Candidate C, 90 days in, the 30-day criterion reviewed by the executive and
/// the three 90-day criteria due today.
/// </summary>
internal sealed class ProposalsDemoData(ProposalsDbContext db, IAccounts accounts, IBriefs briefs, TimeProvider clock) : IDemoData
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var brief = DemoBriefs.QualityDirector;
        if (await db.Proposals.AnyAsync(p => p.BriefId == brief, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (routedAt, respondBy, due) = DemoBriefs.QualityDirectorRouting(now);
        var coordinator = DemoAccounts.Northbridge.People[0];
        var owner = (await accounts.AskAsync(new FindAccountQuery(coordinator.Email), cancellationToken) ?? Guid.Empty, coordinator.Name);
        var meridian = Propose(new InboxItem(brief, DemoAccounts.Firms[0].Id, DemoAccounts.Firms[0].Name, RoutingChannel.SpecialistFirm, DemoAccounts.Northbridge.Id,
            DemoBriefs.QualityDirectorTitle, "Why we chose you: Specialises in Pharma and life sciences × Quality; Serves DACH.", [], respondBy, due, routedAt),
            new ProposalContent(
                [
                    new(1, "A mock inspection in month two by a former inspector, then weekly readiness reviews against its findings."),
                    new(2, "Map the release process end to end and move QC review in parallel with batch record review."),
                    new(3, "Run both searches with the site head from week one; the interim coaches the finalists into the roles."),
                ],
                [
                    new(Guid.NewGuid(), "Candidate A", "Biologics quality director, three pre-approval inspections", 16,
                        "Led the quality organisation of a monoclonal antibody plant through FDA and EMA pre-approval inspections with no major findings.",
                        DateOnly.FromDateTime(now).AddDays(30),
                        [new(1, "Three pre-approval inspections as accountable head, all passed."), new(2, "Cut release time by a third at her last site."),
                            new(3, "Built two quality leadership teams from scratch.")]),
                ],
                new CommercialTerms(FeeBasis.DayRate, 1750, "EUR", "Invoiced monthly; travel at cost.")),
            DemoBriefs.QualityDirectorFirstProposal(now), owner);
        var sourcing = Propose(new InboxItem(brief, DemoAccounts.Northbridge.Id, RoutingWords.SourcingTeamName(DemoAccounts.Northbridge.Name),
            RoutingChannel.SourcingTeam, DemoAccounts.Northbridge.Id, DemoBriefs.QualityDirectorTitle, "Tom, please propose from our interim bench.", [],
            respondBy, due, routedAt),
            new ProposalContent(
                [
                    new(1, "Gap assessment against the inspection readiness checklist, then a remediation plan owned by the site team."),
                    new(2, "Introduce review by exception for batch records."),
                    new(3, "Use our permanent search practice for both roles."),
                ],
                [
                    new(Guid.NewGuid(), "Candidate B", "Quality head, vaccines and sterile products", 11,
                        "Head of quality at a vaccine site during its expansion; led the site's last routine inspection.",
                        DateOnly.FromDateTime(now).AddDays(14),
                        [new(1, "Routine inspections, not a pre-approval one."), new(2, "Introduced review by exception at a vaccine site."),
                            new(3, "Hired four quality managers.")]),
                ],
                new CommercialTerms(FeeBasis.DayRate, 1450, "EUR", "Invoiced monthly.")),
            now.AddDays(-2), owner);

        // The coordinator has scored Meridian's proposal; the client executive has not started.
        foreach (var (item, criterion, value, evidence) in new[]
        {
            (ScoreInput.Approach, 1, 5, "Mock inspection by a former inspector, early."),
            (ScoreInput.Approach, 2, 4, "Parallel review is credible; no figure promised."),
            (ScoreInput.Approach, 3, 3, "Searches stay with us; coaching helps."),
            (meridian.Content.Candidates[0].Id, 1, 5, "Three pre-approval inspections passed."),
            (meridian.Content.Candidates[0].Id, 2, 4, "A third off release time at her last site."),
            (meridian.Content.Candidates[0].Id, 3, 4, "Built two leadership teams."),
        })
        {
            var score = new Score(brief, meridian.Id, item, criterion, EvaluatorRole.Coordinator);
            score.Set(value, evidence, "Amelia Hart", now.AddDays(-1));
            db.Scores.Add(score);
        }

        db.Evaluations.Add(new BriefEvaluation(brief, DemoAccounts.Northbridge.Id));
        db.Proposals.AddRange(meridian, sourcing);
        await SiteDirectorAsync(now, owner, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SiteDirectorAsync(DateTime now, (Guid Id, string Name) owner, CancellationToken cancellationToken)
    {
        var history = DemoBriefs.SiteDirectorDates(now);
        var brief = await briefs.AskAsync(new FirmBriefQuery(DemoBriefs.SiteDirector), cancellationToken) ?? throw new InvalidOperationException("The demo Site Director brief is missing.");
        var firm = DemoAccounts.Firms[0];
        var proposal = Propose(new InboxItem(DemoBriefs.SiteDirector, firm.Id, firm.Name, RoutingChannel.SpecialistFirm, DemoAccounts.Northbridge.Id, brief.RoleTitle,
            "Why we chose you: Places Manufacturing and operations interims in Pharma and life sciences; Serves Benelux.", [], history.RespondBy, history.ProposalsDue,
            history.RoutedAtUtc),
            new ProposalContent(
                [
                    new(1, "Triage the release queue with the QP team in week one; daily release meeting until the backlog is gone."),
                    new(2, "Line-by-line loss analysis, then a recovery plan owned by each line lead."),
                    new(3, "Build the investment case on the recovered output figures with group finance."),
                    new(4, "Run both searches from week two; the interim sits on every panel."),
                    new(5, "Brief the permanent search from month three and hand over in the last month."),
                ],
                [
                    new(Guid.NewGuid(), "Candidate C", "Sterile site director, 400 people", 18,
                        "Turned round a fill-finish site from 65% to 98% of plan in five months; two FDA inspections without a warning letter.",
                        history.StartDate,
                        [new(1, "Cleared a release backlog of 60 batches in a month."), new(2, "Recovered output at two sterile sites."),
                            new(3, "Wrote three capital cases approved by group boards."), new(4, "Built two site leadership teams."),
                            new(5, "Handed over to permanent successors twice.")]),
                ],
                new CommercialTerms(FeeBasis.DayRate, 1650, "EUR", "Invoiced monthly.")),
            history.ProposedAtUtc, owner);
        db.Proposals.Add(proposal);
        var candidate = proposal.Content.Candidates[0];
        var decision = db.Decisions.Local.Single(d => d.BriefId == DemoBriefs.SiteDirector);
        db.Decide(decision, Outcome.Selected, $"{candidate.Alias} is our choice: she starts on {history.StartDate:d MMMM yyyy}. Thank you for a proposal that answered every criterion.",
            automated: false, history.SelectedAtUtc);

        var engagement = new Engagement(proposal, candidate, brief, history.StartDate, owner.Id, owner.Name, history.SelectedAtUtc);
        engagement.Review(1, CriterionRating.Met, "No batch has waited more than 12 days since week three.", DemoAccounts.Valdora.People[0].Name, history.FirstReviewAtUtc);
        db.Engagements.Add(engagement);
    }

    /// <summary>The firm answered interested and submitted; it is owed an outcome by the date the default promises.</summary>
    private Proposal Propose(InboxItem item, ProposalContent content, DateTime submittedAtUtc, (Guid Id, string Name) owner)
    {
        item.Respond(true, null, "Interested: we have a strong candidate.", item.RoutedAtUtc.AddDays(1));
        db.InboxItems.Add(item);
        var proposal = Proposal.Start(item, submittedAtUtc);
        proposal.Submit(content, submittedAtUtc, out _);
        db.Routed(item, owner.Id, owner.Name, DecisionPolicyView.Default).ProposalArrived(proposal.Id);
        db.Note(item.BriefId, item.FirmId, item.RespondedAtUtc!.Value, "You answered: interested.");
        db.Note(item.BriefId, item.FirmId, submittedAtUtc, "You submitted your proposal.");
        return proposal;
    }
}
