using InterimExchange.BuildingBlocks.Changes;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Briefs.Domain;

namespace InterimExchange.Briefs.Tests;

/// <summary>The lifecycle rules the brief enforces itself, whatever page or message calls it.</summary>
public sealed class BriefLifecycleTests
{
    private static readonly DateTime Now = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    private static Brief NewBrief() => Brief.Draft(Guid.NewGuid(), new BriefDetails("Interim Head of Quality", Guid.NewGuid(), "pharma", "quality",
        "head-of", "Leiden, NL", "benelux", RemotePolicy.OnSite, new DateOnly(2026, 12, 1), 9, Confidential: true), "Amelia Hart", Now);

    private static Briefing CompleteBriefing(int criteria = 3) => new()
    {
        Situation = "Inspection findings",
        WhyNow = "CAPA deadline",
        SuccessCriteria = Enumerable.Range(1, criteria).Select(i => new SuccessCriterion($"Outcome {i}", $"Measure {i}", Horizon.Days90)).ToList(),
        Mandate = "Head of Quality for the site",
        MustHaves = "Sterile experience",
    };

    private static Brief Submitted()
    {
        var brief = NewBrief();
        brief.InvitationSent("Amelia Hart", "sofia@valdora.example", Now);
        brief.SaveBriefing(CompleteBriefing(), new CommercialExpectations(), Now);
        brief.SubmitBriefing("Sofia", Now);
        return brief;
    }

    [Fact]
    public void A_new_brief_is_a_draft_with_its_creation_in_the_history()
    {
        var brief = NewBrief();

        brief.Status.ShouldBe(BriefStatus.Draft);
        brief.History.Single().What.ShouldBe("Brief drafted");
    }

    [Fact]
    public void A_brief_s_title_and_location_are_kept_on_one_line_however_they_were_typed()
    {
        var details = new BriefDetails("Interim\r\nHead of Quality\u2028ATTENDEE:x", Guid.NewGuid(), "pharma", "quality", "head-of", "Leiden,\nNL", "benelux",
            RemotePolicy.OnSite, new DateOnly(2026, 12, 1), 9, Confidential: false);

        var brief = Brief.Draft(Guid.NewGuid(), details, "Amelia Hart", Now);
        (brief.Details.RoleTitle, brief.Details.Location).ShouldBe(("Interim Head of Quality ATTENDEE:x", "Leiden, NL"));

        brief.ChangeDetails(details with { RoleTitle = "Interim\tCFO" }, "Amelia Hart", Now);
        brief.Details.RoleTitle.ShouldBe("Interim CFO");
    }

    [Fact]
    public void Routing_a_brief_without_confirmed_criteria_is_refused()
    {
        var brief = Submitted();

        Should.Throw<BusinessRuleException>(() => brief.MarkRouted("Amelia Hart", Now)).Message.ShouldContain("after its success criteria are confirmed");
        Should.Throw<BusinessRuleException>(() => NewBrief().MarkRouted("Amelia Hart", Now));
    }

    [Fact]
    public void A_confirmed_brief_can_be_routed_and_then_filled()
    {
        var brief = Submitted();
        brief.Confirm("Amelia Hart", Now);

        brief.MarkRouted("Amelia Hart", Now);
        brief.Fill("Amelia Hart", "Candidate A selected", Now);

        brief.Status.ShouldBe(BriefStatus.Filled);
        Should.Throw<BusinessRuleException>(() => brief.Withdraw("late", "Amelia Hart", Now));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(6)]
    public void A_briefing_needs_three_to_five_criteria_to_be_submitted(int criteria)
    {
        var brief = NewBrief();
        brief.InvitationSent("Amelia Hart", "sofia@valdora.example", Now);
        brief.SaveBriefing(CompleteBriefing(criteria), new CommercialExpectations(), Now);

        Should.Throw<BusinessRuleException>(() => brief.SubmitBriefing("Sofia", Now)).Message.ShouldContain("3 to 5");
        brief.Status.ShouldBe(BriefStatus.AwaitingBriefing);
    }

    [Fact]
    public void A_criterion_without_a_horizon_stops_submission()
    {
        var brief = NewBrief();
        brief.InvitationSent("Amelia Hart", "sofia@valdora.example", Now);
        var briefing = CompleteBriefing();
        briefing.SuccessCriteria[1] = briefing.SuccessCriteria[1] with { Horizon = null };
        brief.SaveBriefing(briefing, new CommercialExpectations(), Now);

        Should.Throw<BusinessRuleException>(() => brief.SubmitBriefing("Sofia", Now));
    }

    [Fact]
    public void Asking_for_clarification_reopens_the_briefing_with_the_sections_and_the_note()
    {
        var brief = Submitted();

        brief.RequestClarification([BriefingSection.SuccessCriteria], "How is CAPA effectiveness measured?", "Amelia Hart", Now);

        brief.Status.ShouldBe(BriefStatus.AwaitingBriefing);
        brief.OpenClarification!.Sections.ShouldBe([BriefingSection.SuccessCriteria]);
        brief.BriefingOpenForEditing.ShouldBeTrue();
        brief.SubmitBriefing("Sofia", Now);
        brief.OpenClarification.ShouldBeNull();
    }

    [Fact]
    public void Confirmation_locks_the_criteria_so_that_a_change_is_an_amendment_with_a_reason()
    {
        var brief = Submitted();
        brief.Confirm("Amelia Hart", Now);

        Should.Throw<BusinessRuleException>(() => brief.SaveBriefing(CompleteBriefing(4), new CommercialExpectations(), Now));

        brief.AmendCriteria(CompleteBriefing(4).SuccessCriteria, "The client added a budget target", "Amelia Hart", Now);

        brief.Briefing.SuccessCriteria.Count.ShouldBe(4);
        brief.History.Last().Reason.ShouldBe("The client added a budget target");
    }

    [Fact]
    public void Criteria_cannot_be_amended_before_confirmation()
    {
        Should.Throw<BusinessRuleException>(() => Submitted().AmendCriteria(CompleteBriefing().SuccessCriteria, "why", "Amelia Hart", Now));
    }

    [Fact]
    public void A_brief_on_hold_needs_a_future_review_date_and_resumes_where_it_was()
    {
        var brief = Submitted();
        Should.Throw<BusinessRuleException>(() => brief.PutOnHold("Budget freeze", DateOnly.FromDateTime(Now), "Amelia Hart", Now));

        brief.PutOnHold("Budget freeze until the new year", new DateOnly(2027, 1, 15), "Amelia Hart", Now);
        brief.Status.ShouldBe(BriefStatus.OnHold);
        Should.Throw<BusinessRuleException>(() => brief.Confirm("Amelia Hart", Now));

        brief.Resume("Amelia Hart", Now);
        brief.Status.ShouldBe(BriefStatus.BriefingSubmitted);
    }

    [Fact]
    public void A_withdrawn_brief_keeps_its_reason_and_accepts_no_further_change()
    {
        var brief = NewBrief();

        brief.Withdraw("The client hired internally", "Amelia Hart", Now);

        brief.Status.ShouldBe(BriefStatus.Withdrawn);
        brief.WithdrawalReason.ShouldBe("The client hired internally");
        Should.Throw<BusinessRuleException>(() => brief.InvitationSent("Amelia Hart", "x@y.example", Now));
        Should.Throw<BusinessRuleException>(() => brief.PutOnHold("x", new DateOnly(2027, 1, 1), "Amelia Hart", Now));
    }
}
