using InterimExchange.Briefs.Contracts;
using InterimExchange.BuildingBlocks.Changes;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Proposals.Domain;

namespace InterimExchange.Proposals.Tests;

/// <summary>An engagement's criteria are reviewed at their horizons, which an extension moves and an early end closes.</summary>
public sealed class EngagementRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Start = new(2026, 12, 14);

    private static Engagement Engagement()
    {
        var item = new InboxItem(Guid.NewGuid(), Guid.NewGuid(), "Meridian", Routing.Contracts.RoutingChannel.SpecialistFirm, Guid.NewGuid(), "Interim Head of Quality",
            "Why we chose you", [], new DateOnly(2026, 11, 5), new DateOnly(2026, 11, 16), Now);
        var proposal = Proposal.Start(item, Now);
        var candidate = new ProposedCandidate(Guid.NewGuid(), "Candidate Q", "Quality director", 15, "Led two remediations", Start, []);
        var brief = new FirmBriefView(item.BriefId, "Interim Head of Quality", null, "pharma", "quality", "head-of", "Leiden", "benelux", RemotePolicy.Hybrid, Start, 9,
            BriefStatus.Routed,
            [
                new CriterionInput("Close the open CAPAs", "All CAPAs closed", Horizon.Days30),
                new CriterionInput("Rebuild the QA team", "Two hires made", Horizon.Days90),
                new CriterionInput("Pass the inspection", "No major findings", Horizon.Days180),
                new CriterionInput("Hand over to a permanent head", "Successor in post", Horizon.EndOfAssignment),
                new CriterionInput(null, null, null),
            ],
            null, null, null, null, null, null, null, null, null, null);
        return new Engagement(proposal, candidate, brief, Start, Guid.NewGuid(), "Amelia Hart", Now);
    }

    [Fact]
    public void Each_criterion_is_reviewed_at_its_horizon_from_the_start_or_at_the_planned_end()
    {
        var engagement = Engagement();
        engagement.PlannedEnd.ShouldBe(new DateOnly(2027, 9, 14));
        engagement.Criteria.Select(c => c.ReviewOn).ShouldBe([new DateOnly(2027, 1, 13), new DateOnly(2027, 3, 14), new DateOnly(2027, 6, 12), new DateOnly(2027, 9, 14)]);
        engagement.NextReviewOn.ShouldBe(new DateOnly(2027, 1, 13));
    }

    [Fact]
    public void A_review_is_refused_before_its_date_and_moves_the_next_review_on()
    {
        var engagement = Engagement();
        Should.Throw<BusinessRuleException>(() => engagement.Review(1, CriterionRating.Met, "Closed", "Dr Sofia Lindqvist", new DateTime(2027, 1, 12, 9, 0, 0, DateTimeKind.Utc)))
            .Message.ShouldBe("Criterion 1 is reviewed from 13 January 2027, at its horizon.");
        var reviewed = engagement.Review(1, CriterionRating.PartlyMet, "Nine of eleven CAPAs closed", "Dr Sofia Lindqvist", new DateTime(2027, 1, 13, 9, 0, 0, DateTimeKind.Utc))!;
        reviewed.Rating.ShouldBe(CriterionRating.PartlyMet);
        reviewed.Outcome.ShouldBe("Close the open CAPAs");
        engagement.NextReviewOn.ShouldBe(new DateOnly(2027, 3, 14));
        engagement.DaysOverdue(new DateOnly(2027, 3, 16)).ShouldBe(2);
        engagement.Review(1, CriterionRating.PartlyMet, "Nine of eleven CAPAs closed", "Maria", new DateTime(2027, 1, 14, 9, 0, 0, DateTimeKind.Utc))
            .ShouldBeNull("the same review again is no change, and tells nobody");
        Should.Throw<BusinessRuleException>(() => engagement.Review([(1, CriterionRating.PartlyMet, "Nine of eleven CAPAs closed")], "Maria", new DateTime(2027, 1, 14, 9, 0, 0, DateTimeKind.Utc)))
            .Message.ShouldBe("Nothing changed: rate a criterion that is due, or change a review, then save.");
    }

    [Fact]
    public void Extending_moves_the_end_of_assignment_review_and_ending_early_leaves_the_rest_not_reviewed()
    {
        var engagement = Engagement();
        Should.Throw<BusinessRuleException>(() => engagement.Extend(new DateOnly(2027, 9, 1), "Amelia Hart", Now)).Field.ShouldBe("PlannedEnd");
        // Found by the bad-input crawl: an end in year 9999 was accepted, and the page's next default end then overflowed.
        Should.Throw<BusinessRuleException>(() => engagement.Extend(DateOnly.MaxValue, "Amelia Hart", Now)).Message.ShouldStartWith("An interim engagement runs at most 5 years");
        engagement.Extend(new DateOnly(2027, 12, 14), "Amelia Hart", Now).To.ShouldBe(new DateOnly(2027, 12, 14));
        engagement.Criteria[3].ReviewOn.ShouldBe(new DateOnly(2027, 12, 14));
        engagement.Criteria[2].ReviewOn.ShouldBe(new DateOnly(2027, 6, 12));

        var ended = engagement.End(EngagementEndReason.ClientChangedCourse, "The site is being sold.", "Amelia Hart", new DateTime(2027, 2, 1, 9, 0, 0, DateTimeKind.Utc));
        ended.NotReviewed.ShouldBe(4);
        engagement.NextReviewOn.ShouldBeNull();
        engagement.State(new DateOnly(2027, 2, 2)).ShouldBe(EngagementState.EndedEarly);
        Should.Throw<BusinessRuleException>(() => engagement.Review(1, CriterionRating.Met, "Closed", "Amelia Hart", new DateTime(2027, 2, 2, 9, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void The_interim_is_known_by_the_alias_until_the_firm_names_her_and_a_correction_says_what_it_replaces()
    {
        var engagement = Engagement();
        engagement.Interim.ShouldBe("Candidate Q");
        Should.Throw<BusinessRuleException>(() => engagement.NameInterim(" \t\n ", "Maria Santos", Now)).Field.ShouldBe("InterimName");

        var named = engagement.NameInterim("  Ines\nMoreu ", "Maria Santos", Now)!;
        named.InterimName.ShouldBe("Ines Moreu");
        named.Previous.ShouldBeNull();
        named.CandidateAlias.ShouldBe("Candidate Q");
        engagement.Interim.ShouldBe("Ines Moreu");
        engagement.Due(Start).Interim.ShouldBe("Ines Moreu");
        engagement.NameInterim("Ines Moreu", "Maria Santos", Now).ShouldBeNull("the same name again changes nothing");

        var corrected = engagement.NameInterim("Dr Ines Moreau", "Maria Santos", Now)!;
        corrected.Previous.ShouldBe("Ines Moreu");
        engagement.Review(1, CriterionRating.Met, "All closed", "Amelia Hart", new DateTime(2027, 1, 13, 9, 0, 0, DateTimeKind.Utc))!.Interim.ShouldBe("Dr Ines Moreau");
    }
}
