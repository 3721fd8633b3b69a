using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Changes;
using InterimExchange.BuildingBlocks.Time;
using InterimExchange.Relationships.Contracts;
using InterimExchange.Relationships.Domain;
using InterimExchange.Relationships.Features;

namespace InterimExchange.Relationships.Tests;

/// <summary>The rules of a conversation, its calendar file, and times across the clock changes, without the app.</summary>
public sealed class ConversationRulesTests
{
    private static readonly DateTime Now = new(2026, 10, 19, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Rpo = Guid.NewGuid();
    private static readonly Guid Firm = Guid.NewGuid();

    private static readonly Person Amelia = new(Guid.NewGuid(), Rpo, "Amelia Hart", "amelia@northbridge.example", "Northbridge", PartyKind.Rpo, "Europe/London");
    private static readonly Person Maria = new(Guid.NewGuid(), Firm, "Maria Santos", "maria@meridian.example", "Meridian", PartyKind.Firm, "Europe/Amsterdam");

    private static Caller ViewerOf(Person person) => new(person.OrganisationId, person.OrganisationName,
        person.Kind == PartyKind.Rpo ? OrganisationKind.RpoProvider : OrganisationKind.SpecialistFirm, person.UserId, person.Name, false, person.Email, person.TimeZone);

    private static Conversation Request(params DateTime?[] times) =>
        Conversation.Request(new Relationship(Rpo, "Northbridge", Firm, CounterpartKind.Firm, "Meridian", Amelia.UserId, Now.AddDays(-100)), Amelia, Maria, false, null, null,
            "We need to talk because your bench fits our Q1 pipeline.", null, ConversationFormat.Video, "https://meet.example/x", 45, times, null, Now);

    [Fact]
    public void A_request_needs_two_future_times_that_do_not_overlap_and_an_answer_before_the_first()
    {
        Should.Throw<BusinessRuleException>(() => Request(Now.AddDays(3))).Field.ShouldBe("Time2");
        Should.Throw<BusinessRuleException>(() => Request(Now.AddDays(-1), Now.AddDays(3))).Field.ShouldBe("Time1");
        Should.Throw<BusinessRuleException>(() => Request(Now.AddDays(3), Now.AddDays(3).AddMinutes(30))).Field.ShouldBe("Time2");
        var tooLate = Should.Throw<BusinessRuleException>(() => Conversation.Request(
            new Relationship(Rpo, "Northbridge", Firm, CounterpartKind.Firm, "Meridian", null, Now), Amelia, Maria, false, null, null, "Why", null, ConversationFormat.Phone, null, 30,
            [Now.AddDays(3), Now.AddDays(4)], DateOnly.FromDateTime(Now.AddDays(5)), Now));
        tooLate.Field.ShouldBe("RespondBy");

        var request = Request(Now.AddDays(4), Now.AddDays(4).AddMinutes(45));
        request.RespondBy.ShouldBe(new DateOnly(2026, 10, 21));
        request.AwaitsAnswerFrom(ViewerOf(Maria)).ShouldBeTrue();
        request.AwaitsAnswerFrom(ViewerOf(Amelia)).ShouldBeFalse();
        Should.Throw<BusinessRuleException>(() => request.Accept(ViewerOf(Amelia), request.Times[0], null, Now));
        Should.Throw<BusinessRuleException>(() => request.Accept(ViewerOf(Maria), Now.AddDays(9), null, Now)).Field.ShouldBe("StartsAtUtc");
    }

    [Fact]
    public void Times_go_back_and_forth_until_one_side_accepts_and_the_calendar_file_keeps_its_uid_while_its_sequence_grows()
    {
        var request = Request(Now.AddDays(4), Now.AddDays(5));
        request.ProposeTimes(ViewerOf(Maria), [Now.AddDays(6)], null, Now.AddHours(1));
        request.AwaitsAnswerFrom(ViewerOf(Amelia)).ShouldBeTrue();
        request.Accept(ViewerOf(Amelia), Now.AddDays(6), null, Now.AddHours(2));

        var invitation = Ical.Net.Calendar.Load(ConversationCalendar.For(request, Now.AddHours(2)))!;
        invitation.Method.ShouldBe("REQUEST");
        var agreed = invitation.Events.Single();
        agreed.Uid.ShouldBe(ConversationCalendar.Uid(request.Id));
        agreed.DtStart!.AsUtc.ShouldBe(Now.AddDays(6));
        agreed.DtStart.TzId.ShouldBe("Europe/London");
        (agreed.DtEnd!.AsUtc - agreed.DtStart.AsUtc).ShouldBe(TimeSpan.FromMinutes(45));
        agreed.Organizer!.Value!.ToString().ShouldBe("mailto:amelia@northbridge.example");
        agreed.Attendees.Select(a => a.Value!.ToString()).ShouldBe(["mailto:maria@meridian.example"]);
        agreed.Description!.ShouldContain(request.Purpose);
        invitation.TimeZones.Select(z => z.TzId).ShouldContain("Europe/London");

        request.Move(ViewerOf(Maria), Now.AddDays(7), "A board meeting moved.", Now.AddHours(3));
        var update = Ical.Net.Calendar.Load(ConversationCalendar.For(request, Now.AddHours(3)))!.Events.Single();
        update.Uid.ShouldBe(agreed.Uid);
        update.Sequence.ShouldBeGreaterThan(agreed.Sequence);
        update.DtStart!.AsUtc.ShouldBe(Now.AddDays(7));

        request.Cancel(ViewerOf(Amelia), "The role was withdrawn.", Now.AddHours(4));
        var cancellation = Ical.Net.Calendar.Load(ConversationCalendar.For(request, Now.AddHours(4)))!;
        cancellation.Method.ShouldBe("CANCEL");
        cancellation.Events.Single().Uid.ShouldBe(agreed.Uid);
        cancellation.Events.Single().Sequence.ShouldBeGreaterThan(update.Sequence);
        cancellation.Events.Single().Status.ShouldBe("CANCELLED");
    }

    [Fact]
    public void After_its_time_a_conversation_is_recorded_or_marked_as_not_having_happened_never_before()
    {
        var request = Request(Now.AddDays(4), Now.AddDays(5));
        request.Accept(ViewerOf(Maria), Now.AddDays(4), null, Now.AddHours(1));
        Should.Throw<BusinessRuleException>(() => request.DidNotHappen(ViewerOf(Amelia), "Nobody joined.", Now.AddDays(3)));
        Should.Throw<BusinessRuleException>(() => request.Record(ViewerOf(Maria), "Agreed", null, null, Now.AddDays(3)));

        var missed = request.DidNotHappen(ViewerOf(Amelia), "Nobody joined the call.", Now.AddDays(4).AddHours(1));
        missed.Reason.ShouldBe("Nobody joined the call.");
        request.State.ShouldBe(ConversationState.DidNotHappen);
        Should.Throw<BusinessRuleException>(() => request.Record(ViewerOf(Maria), "Agreed after all", null, null, Now.AddDays(4).AddHours(2)));
        Should.Throw<BusinessRuleException>(() => request.Cancel(ViewerOf(Maria), "Too late", Now.AddDays(4).AddHours(2)));
    }

    [Fact]
    public void A_time_proposed_in_London_reads_right_in_Amsterdam_on_both_sides_of_the_October_clock_change()
    {
        // Friday 23 October: both on summer time. Monday 26 October: both clocks went back on the 25th.
        var before = LocalTimes.ToUtc(new DateTime(2026, 10, 23, 9, 0, 0), "Europe/London").Utc!.Value;
        var after = LocalTimes.ToUtc(new DateTime(2026, 10, 26, 9, 0, 0), "Europe/London").Utc!.Value;
        before.ShouldBe(new DateTime(2026, 10, 23, 8, 0, 0));
        after.ShouldBe(new DateTime(2026, 10, 26, 9, 0, 0));
        LocalTimes.Describe(before, "Europe/Amsterdam").ShouldBe("Fri 23 Oct 2026, 10:00 (Europe/Amsterdam, CEST)");
        LocalTimes.Describe(after, "Europe/Amsterdam").ShouldBe("Mon 26 Oct 2026, 10:00 (Europe/Amsterdam, CET)");
        LocalTimes.Describe(after, "Europe/London").ShouldBe("Mon 26 Oct 2026, 09:00 (Europe/London, GMT)");

        var request = Request(before, after);
        request.When("Europe/Amsterdam").ShouldBe("Fri 23 Oct 2026, 10:00 (Europe/Amsterdam, CEST) or Mon 26 Oct 2026, 10:00 (Europe/Amsterdam, CET)");
    }

    [Fact]
    public void A_time_the_clocks_skip_or_pass_twice_is_refused_with_a_reason_not_shifted()
    {
        var (skipped, gap) = LocalTimes.ToUtc(new DateTime(2027, 3, 28, 2, 30, 0), "Europe/Amsterdam");
        skipped.ShouldBeNull();
        gap!.ShouldContain("does not exist in Europe/Amsterdam");
        var (twice, overlap) = LocalTimes.ToUtc(new DateTime(2026, 10, 25, 2, 30, 0), "Europe/Amsterdam");
        twice.ShouldBeNull();
        overlap!.ShouldContain("happens twice");
    }

    [Fact]
    public void A_relationship_is_due_once_its_cadence_has_passed_since_the_last_contact()
    {
        var relationship = new Relationship(Rpo, "Northbridge", Firm, CounterpartKind.Firm, "Meridian", null, Now);
        relationship.DueOn.ShouldBe(DateOnly.FromDateTime(Now).AddDays(42));
        relationship.Contacted(Now.AddDays(10));
        relationship.DueOn.ShouldBe(DateOnly.FromDateTime(Now).AddDays(52));
        relationship.Contacted(Now.AddDays(5));
        relationship.DueOn.ShouldBe(DateOnly.FromDateTime(Now).AddDays(52));
        relationship.SetCadence(Side.Rpo, null);
        relationship.DueOn.ShouldBeNull();
        Should.Throw<BusinessRuleException>(() => relationship.SetCadence(Side.Rpo, 0)).Field.ShouldBe("CadenceWeeks");
    }

    [Fact]
    public void Each_side_of_a_relationship_keeps_its_own_cadence_and_next_step()
    {
        var relationship = new Relationship(Rpo, "Northbridge", Firm, CounterpartKind.Firm, "Meridian", null, Now);
        relationship.Own(Side.Counterpart).ShouldBe(new OwnPlans(null, null, null, null));
        relationship.SetCadence(Side.Counterpart, 2);
        relationship.NextStepAgreed(Side.Counterpart, "Send two profiles", DateOnly.FromDateTime(Now).AddDays(3));
        relationship.NextStepAgreed(Side.Rpo, "Send the shortlist", DateOnly.FromDateTime(Now).AddDays(5));
        relationship.Own(Side.Counterpart).ShouldBe(new OwnPlans(2, DateOnly.FromDateTime(Now).AddDays(14), "Send two profiles", DateOnly.FromDateTime(Now).AddDays(3)));
        relationship.Own(Side.Rpo).ShouldBe(new OwnPlans(6, DateOnly.FromDateTime(Now).AddDays(42), "Send the shortlist", DateOnly.FromDateTime(Now).AddDays(5)));
        relationship.Contacted(Now.AddDays(7));
        relationship.Own(Side.Counterpart).DueOn.ShouldBe(DateOnly.FromDateTime(Now).AddDays(21));
    }

    [Fact]
    public void An_agreed_conversation_is_the_next_contact_so_keeping_in_touch_waits_for_its_date()
    {
        var relationship = new Relationship(Rpo, "Northbridge", Firm, CounterpartKind.Firm, "Meridian", null, Now);
        var today = DateOnly.FromDateTime(Now).AddDays(50);
        relationship.IsDue(today).ShouldBeTrue("six weeks have passed without a contact");

        relationship.ConversationAgreed(today.AddDays(10));
        relationship.IsDue(today).ShouldBeFalse("the conversation agreed for ten days on is the next contact");
        relationship.IsDue(today.AddDays(10)).ShouldBeTrue("a conversation that was never recorded as held leaves it due on its date");

        relationship.Contacted(today.AddDays(10).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc));
        relationship.Own(Side.Rpo).DueOn.ShouldBe(today.AddDays(10 + 42));
    }
}
