using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts.IntegrationEvents;

namespace InterimExchange.Briefs.Features.DemoData;

/// <summary>Northbridge's clients and briefs in every early state, led by an interim Head of Quality after an inspection finding.</summary>
internal sealed class BriefsDemoData(BriefsDbContext db, IAccounts accounts, TimeProvider clock) : IDemoData
{
    private const string Coordinator = "Amelia Hart";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.ClientCompanies.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var rpo = DemoAccounts.Northbridge.Id;
        var sofiaEmail = DemoAccounts.Valdora.People[0].Email;
        var sofiaId = await accounts.AskAsync(new FindAccountQuery(sofiaEmail), cancellationToken)
            ?? throw new InvalidOperationException("The demo client executive is missing.");

        var valdora = new ClientCompany(Guid.NewGuid(), rpo, DemoAccounts.Valdora.Id, DemoAccounts.Valdora.Name, "pharma");
        var sofia = valdora.AddContact(DemoAccounts.Valdora.People[0].Name, sofiaEmail, "VP Manufacturing");
        valdora.AddContact("Mark Ellison", "mark.ellison@valdora.example", "Chief Financial Officer");
        var harbourId = (await accounts.SendAsync(new CreateOrganisationCommand("Harbour Foods", OrganisationKind.ClientCompany), cancellationToken)).Id!.Value;
        var harbour = new ClientCompany(Guid.NewGuid(), rpo, harbourId, "Harbour Foods", "consumer");
        harbour.AddContact("Grace Whitfield", "grace.whitfield@harbourfoods.example", "Chief Executive Officer");
        db.ClientCompanies.AddRange(valdora, harbour);

        db.Briefs.Add(Brief.Draft(rpo, new BriefDetails("Interim Finance Transformation Lead", harbour.Id, "consumer", "finance-transformation",
            "executive", "Bristol, UK", "uk-ireland", RemotePolicy.Hybrid, today.AddDays(45), 9, Confidential: false), Coordinator, now.AddDays(-1)));

        var supplyChain = Brief.Draft(rpo, new BriefDetails("Interim Supply Chain Director", valdora.Id, "pharma", "supply-chain",
            "executive", "Basel, CH", "dach", RemotePolicy.Hybrid, today.AddDays(60), 6, Confidential: false), Coordinator, now.AddDays(-3));
        Invite(supplyChain, sofia, sofiaId, now.AddDays(-3));
        supplyChain.SaveBriefing(new Briefing
        {
            Situation = "Two contract manufacturers missed delivery windows this quarter and our safety stock of two biologics is below policy.",
            WhyNow = "Our supply chain director retires at the end of next month and the search for a permanent successor will take six months.",
        }, new CommercialExpectations(), now.AddDays(-2));
        db.Briefs.Add(supplyChain);

        var quality = Brief.Draft(rpo, new BriefDetails("Interim Head of Quality", valdora.Id, "pharma", "quality",
            "head-of", "Leiden, NL", "benelux", RemotePolicy.OnSite, today.AddDays(21), 9, Confidential: true), Coordinator, now.AddDays(-8));
        var qualityInvitation = Invite(quality, sofia, sofiaId, now.AddDays(-8));
        quality.SaveBriefing(QualityBriefing(today), new CommercialExpectations { DayRateFrom = 1400, DayRateTo = 1700, Currency = "EUR" }, now.AddDays(-6));
        qualityInvitation.Submitted(now.AddDays(-5));
        quality.SubmitBriefing(sofia.Name, now.AddDays(-5));
        db.Briefs.Add(quality);

        var regulatory = Brief.Draft(rpo, new BriefDetails("Interim Director of Regulatory Affairs", valdora.Id, "pharma", "regulatory",
            "executive", "Leiden, NL", "benelux", RemotePolicy.Hybrid, today.AddDays(30), 12, Confidential: false), Coordinator, now.AddDays(-20));
        var regulatoryInvitation = Invite(regulatory, sofia, sofiaId, now.AddDays(-20));
        regulatory.SaveBriefing(new Briefing
        {
            Situation = "We file two marketing authorisation variations in the EU next year and our regulatory director has moved to a group role.",
            WhyNow = "The first variation is due to the EMA in five months.",
            SuccessCriteria =
            [
                new("Variation dossier for product A submitted to the EMA", "Submission accepted for validation without major objections", Horizon.Days180),
                new("Regulatory team stable through the transition", "No unplanned leavers; a successor plan agreed with HR", Horizon.Days90),
                new("Clear regulatory strategy for product B", "Strategy approved by the executive committee", Horizon.Days90),
            ],
            Mandate = "Lead the regulatory function of eight people and represent Valdora towards the EMA and national agencies.",
            MustHaves = "EU centralised procedure experience as the accountable lead.",
        }, new CommercialExpectations(), now.AddDays(-18));
        regulatoryInvitation.Submitted(now.AddDays(-17));
        regulatory.SubmitBriefing(sofia.Name, now.AddDays(-17));
        regulatory.Confirm(Coordinator, now.AddDays(-16));
        db.Briefs.Add(regulatory);
        db.AddToOutbox(regulatory.Confirmed(now.AddDays(-16)), clock);

        // Routed to Meridian and Northbridge's own sourcing team, who both proposed (see the Routing and Proposals demo data).
        var evaluated = Brief.Draft(rpo, new BriefDetails(DemoBriefs.QualityDirectorTitle, valdora.Id, "pharma", "quality",
            "executive", "Basel, CH", "dach", RemotePolicy.Hybrid, today.AddDays(35), 12, Confidential: false), Coordinator, now.AddDays(-14), DemoBriefs.QualityDirector);
        var evaluatedInvitation = Invite(evaluated, sofia, sofiaId, now.AddDays(-14));
        evaluated.SaveBriefing(new Briefing
        {
            Situation = "Our new biologics plant in Basel starts commercial production next year; its quality organisation is half built.",
            WhyNow = "The pre-approval inspection is expected in six months and the quality director we hired withdrew.",
            SuccessCriteria =
            [
                new("Biologics site ready for its pre-approval inspection", "Mock inspection with no major findings", Horizon.Days180),
                new("Batch release lead time cut", "Median release time from 38 to 25 days", Horizon.Days180),
                new("Quality leadership team in place", "Both open head-of roles filled by permanent hires", Horizon.EndOfAssignment),
            ],
            Mandate = "Quality director of the Basel biologics site, reporting to the site head, with QA, QC and validation.",
            MustHaves = "Has taken a biologics site through a pre-approval inspection.",
        }, new CommercialExpectations { DayRateFrom = 1500, DayRateTo = 1900, Currency = "EUR" }, now.AddDays(-12));
        evaluatedInvitation.Submitted(now.AddDays(-11));
        evaluated.SubmitBriefing(sofia.Name, now.AddDays(-11));
        evaluated.Confirm(Coordinator, now.AddDays(-10));
        evaluated.MarkRouted(Coordinator, now.AddDays(-9));
        db.Briefs.Add(evaluated);
        db.AddToOutbox(evaluated.Confirmed(now.AddDays(-10)), clock);

        // Filled three months ago through Meridian; its interim's reviews are under way (see the Proposals and Insights demo data).
        var history = DemoBriefs.SiteDirectorDates(now);
        var filled = Brief.Draft(rpo, new BriefDetails(DemoBriefs.SiteDirectorTitle, valdora.Id, "pharma", "operations",
            "executive", "Leiden, NL", "benelux", RemotePolicy.OnSite, history.StartDate, 9, Confidential: false), Coordinator, history.CreatedAtUtc,
            DemoBriefs.SiteDirector);
        var filledInvitation = Invite(filled, sofia, sofiaId, history.CreatedAtUtc);
        filled.SaveBriefing(new Briefing
        {
            Situation = "Our Leiden sterile fill-finish site runs at 70% of its planned output after a line upgrade, and the site director left in the summer.",
            WhyNow = "Two launches next year depend on the site's capacity; the group will not approve the second line until output is back.",
            SuccessCriteria =
            [
                new("Release backlog cleared", "No batch awaiting release for more than 20 days", Horizon.Days30),
                new("Output back to plan", "Weekly output at 95% of plan for four weeks in a row", Horizon.Days90),
                new("Line 2 investment case approved", "Approved by the group investment committee", Horizon.Days90),
                new("Leadership team complete", "Production and engineering heads appointed", Horizon.Days90),
                new("Permanent site director hired", "Successor starts before the assignment ends", Horizon.EndOfAssignment),
            ],
            Mandate = "Site director of Leiden with full operational authority, reporting to the VP Manufacturing.",
            MustHaves = "Has run a sterile manufacturing site of at least 300 people.",
        }, new CommercialExpectations(), history.CreatedAtUtc.AddDays(3));
        filledInvitation.Submitted(history.CreatedAtUtc.AddDays(4));
        filled.SubmitBriefing(sofia.Name, history.CreatedAtUtc.AddDays(4));
        filled.Confirm(Coordinator, history.ConfirmedAtUtc);
        filled.MarkRouted(Coordinator, history.RoutedAtUtc);
        filled.Fill(Coordinator, $"Candidate C of {DemoAccounts.Firms[0].Name} starts on {history.StartDate:d MMMM yyyy}", history.SelectedAtUtc);
        db.Briefs.Add(filled);
        db.AddToOutbox(filled.Confirmed(history.ConfirmedAtUtc), clock);

        // Insights count briefs from their creation, as a brief drafted through the portal announces it.
        foreach (var brief in db.Briefs.Local.ToList())
        {
            db.AddToOutbox(new BriefCreated(brief.Id, brief.RpoOrganisationId, brief.Details.RoleTitle, brief.CreatedAtUtc), clock);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private BriefingInvitation Invite(Brief brief, ClientContact contact, Guid executiveId, DateTime sentAtUtc)
    {
        // The demo link is never emailed: the executive reaches these briefs by signing in.
        var (invitation, _) = BriefingInvitation.Send(brief.Id, contact, sentAtUtc);
        invitation.Opened(executiveId, sentAtUtc.AddHours(3));
        invitation.Started(sentAtUtc.AddHours(3));
        db.BriefingInvitations.Add(invitation);
        brief.InvitationSent(Coordinator, contact.Email, sentAtUtc);
        return invitation;
    }

    private static Briefing QualityBriefing(DateOnly today) => new()
    {
        Situation = "A regulatory inspection of our Leiden sterile fill-finish site ended with four observations, two on deviation "
            + "management and CAPA effectiveness. Our Head of Quality left in the same month.",
        WhyNow = "We committed to the inspectorate to close the CAPAs within 90 days; a follow-up inspection is likely within nine months.",
        CostOfVacancy = "A warning letter would stop release of two products for the EU market, about 40 million euros of revenue a year.",
        SuccessCriteria =
        [
            new("All CAPAs from the inspection closed and verified effective", "CAPA closure accepted by the inspectorate", Horizon.Days90),
            new("Deviation backlog back under control", "Open deviations older than 30 days below 10, from 120 today", Horizon.Days180),
            new("Site passes the follow-up inspection", "No critical or major observations", Horizon.EndOfAssignment),
        ],
        Mandate = "Accountable Head of Quality for the Leiden site, reporting to me, with the QP team and QC laboratories.",
        DecisionRights = "Batch disposition, CAPA approval, hiring within the quality budget.",
        Team = "42 people in QA, QC and validation; two team leads are new.",
        KeyStakeholders = "Site director, group head of quality, the Qualified Persons, the inspectorate's case officer.",
        MustHaves = "Has led a site through inspection remediation in sterile manufacturing; speaks to inspectors with authority.",
        DealBreakers = "No hands-on sterile experience; unavailable before the start date.",
        OnSiteDaysPerWeek = 4,
        Travel = "Occasional visits to the group office in Basel.",
        PreferredStart = today.AddDays(21),
        DurationMonths = 9,
    };
}
