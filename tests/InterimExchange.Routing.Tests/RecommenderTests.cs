using InterimExchange.Insights.Contracts;
using InterimExchange.Routing.Domain;

namespace InterimExchange.Routing.Tests;

/// <summary>Eligibility and ranking of firms for a brief, and the reasons given in words.</summary>
public sealed class RecommenderTests
{
    private static readonly DateTime Now = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    private static readonly RoutableBrief HeadOfQuality = new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Interim Head of Quality", "pharma", "quality", "head-of", "benelux", true, Now);

    private static readonly Dictionary<Guid, FirmTrackRecord> NoHistory = [];

    private static DirectoryFirm Firm(string name, (string Sector, string Function)[] specialisms, string[]? regions = null, string[]? seniorities = null, int capacity = 3)
    {
        var firm = new DirectoryFirm(Guid.NewGuid());
        firm.Profile(name, specialisms.Select(s => new FirmSpecialism(s.Sector, s.Function)), regions ?? [], seniorities ?? [], capacity, Today.AddMonths(6), Now);
        firm.Vetted(Today.AddMonths(12), Now);
        return firm;
    }

    [Fact]
    public void An_exact_sector_and_function_fit_ranks_above_a_function_only_fit_and_says_why()
    {
        var meridian = Firm("Meridian", [("pharma", "quality")], ["benelux"], ["head-of"]);
        var generalist = Firm("Generalist", [("manufacturing", "quality")], ["benelux"], ["head-of"]);

        var ranked = Recommender.Rank(HeadOfQuality, [generalist, meridian], NoHistory, Today);

        ranked.Select(r => r.FirmName).ShouldBe(["Meridian", "Generalist"]);
        ranked[0].Reasons.ShouldBe([
            "Specialises in Pharma and life sciences × Quality",
            "Places head of function interims",
            "Serves Benelux",
            "New to routing on InterimExchange",
        ]);
        ranked[1].Reasons[0].ShouldBe("Places Quality interims in Industrial manufacturing");
    }

    [Fact]
    public void A_track_record_changes_the_order_and_the_recommendation_cites_it()
    {
        var meridian = Firm("Meridian", [("pharma", "quality")], ["benelux"], ["head-of"]);
        var arden = Firm("Arden", [("pharma", "quality")], ["benelux"], ["head-of"]);
        var newcomer = Firm("Newcomer", [("pharma", "quality")], ["benelux"], ["head-of"]);
        // Meridian answered 8 of 10 by the date and met 7 of 8 reviewed criteria; Arden answered 2 of 10 and met 1 of 4.
        var records = new Dictionary<Guid, FirmTrackRecord>
        {
            [meridian.FirmId] = Record(meridian.FirmId, 10, 8, new Share(7, 8), 3),
            [arden.FirmId] = Record(arden.FirmId, 10, 2, new Share(1, 4), 1),
        };

        var ranked = Recommender.Rank(HeadOfQuality, [arden, newcomer, meridian], records, Today);

        ranked.Select(r => r.FirmName).ShouldBe(["Meridian", "Newcomer", "Arden"]);
        ranked[0].Reasons.ShouldContain("Answered 8 of 10 briefs by their respond-by date");
        ranked[0].Reasons.ShouldContain("Met 7 of 8 reviewed criteria on 3 engagements");
        ranked[1].Reasons.ShouldContain("New to routing on InterimExchange");
        ranked[2].Reasons.ShouldContain("Met 1 of 4 reviewed criteria on 1 engagement");
        ranked[0].Score.ShouldBe(ranked[1].Score + 7);
    }

    private static FirmTrackRecord Record(Guid firmId, int received, int inTime, Share hit, int engagements) =>
        FirmTrackRecord.None(firmId) with { BriefsReceived = received, AnsweredByRespondBy = new Share(inTime, received), HitOnTarget = hit, EngagementsReviewed = engagements };

    [Fact]
    public void Only_a_firm_specialising_in_the_brief_s_sector_and_function_is_a_full_fit_and_a_partial_fit_says_what_does_not_fit()
    {
        var pharmacovigilance = new RoutableBrief(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Interim Head of Pharmacovigilance", "pharma", "regulatory", "executive", "benelux", true, Now);
        var regPath = Firm("RegPath", [("pharma", "regulatory")], ["benelux"], ["executive"]);
        var meridian = Firm("Meridian", [("pharma", "quality")], ["dach"], ["executive"]);
        var peopleFirst = Firm("PeopleFirst", [("pharma", "hr")], ["benelux"], ["executive"]);

        var ranked = Recommender.Rank(pharmacovigilance, [peopleFirst, meridian, regPath], NoHistory, Today).ToDictionary(r => r.FirmName);

        ranked["RegPath"].FullFit.ShouldBeTrue();
        ranked["RegPath"].Gaps.ShouldBeEmpty();
        ranked["Meridian"].FullFit.ShouldBeFalse();
        ranked["Meridian"].Gaps.ShouldBe(["No regulatory affairs practice", "Does not serve Benelux"]);
        ranked["PeopleFirst"].FullFit.ShouldBeFalse();
        ranked["PeopleFirst"].GapSummary.ShouldBe("No regulatory affairs practice");
    }

    [Fact]
    public void A_firm_with_no_specialism_fit_is_not_proposed()
    {
        Recommender.Rank(HeadOfQuality, [Firm("Stackbridge", [("technology", "it")], ["benelux"], ["head-of"])], NoHistory, Today).ShouldBeEmpty();
    }

    [Fact]
    public void Suspended_expired_uninsured_and_full_firms_are_not_eligible()
    {
        var suspended = Firm("Suspended", [("pharma", "quality")]);
        suspended.Suspend(Now);
        var expired = Firm("Expired", [("pharma", "quality")]);
        expired.Expire(Now);
        var full = Firm("Full", [("pharma", "quality")], capacity: 0);
        var uninsured = new DirectoryFirm(Guid.NewGuid());
        uninsured.Profile("Uninsured", [new FirmSpecialism("pharma", "quality")], [], [], 3, Today.AddDays(-1), Now);
        uninsured.Vetted(Today.AddMonths(12), Now);

        Recommender.Rank(HeadOfQuality, [suspended, expired, full, uninsured], NoHistory, Today).ShouldBeEmpty();
    }

    [Fact]
    public void Only_firms_a_track_record_could_lift_into_the_first_ten_are_contenders_and_the_ranking_over_them_is_the_same()
    {
        // Ten full fits (80 points before the record), one without the region (60), one with the function only and nothing else (20).
        var full = Enumerable.Range(1, 10).Select(i => Firm($"Full {i:D2}", [("pharma", "quality")], ["benelux"], ["head-of"])).ToList();
        var noRegion = Firm("Apex", [("pharma", "quality")], ["dach"], ["head-of"]);
        var far = Firm("Far", [("medtech", "quality")], ["dach"], ["board"]);
        List<DirectoryFirm> all = [.. full, noRegion, far];
        // The firm without the region has a perfect record (60 + 20), the full fits none to speak of (80 + 0): it climbs into the ten.
        var records = full.ToDictionary(f => f.FirmId, f => Record(f.FirmId, 10, 0, new Share(0, 4), 1));
        records[noRegion.FirmId] = Record(noRegion.FirmId, 10, 10, new Share(4, 4), 1);

        var contenders = Recommender.Contenders(HeadOfQuality, all, Today);

        contenders.ShouldNotContain(far);
        contenders.ShouldContain(noRegion);
        Recommender.Rank(HeadOfQuality, contenders, records, Today).Select(r => r.FirmName)
            .ShouldBe(Recommender.Rank(HeadOfQuality, all, records, Today).Select(r => r.FirmName));
        Recommender.Rank(HeadOfQuality, contenders, records, Today)[0].FirmName.ShouldBe("Apex");
    }

    [Fact]
    public void Vetting_that_ran_out_today_minus_one_makes_a_firm_ineligible_even_before_its_expiry_event()
    {
        var firm = Firm("Lapsed", [("pharma", "quality")]);
        firm.Vetted(Today.AddDays(-1), Now.AddSeconds(1));

        firm.IsEligible(Today).ShouldBeFalse();
    }

    [Fact]
    public void An_older_event_does_not_undo_a_newer_one()
    {
        var firm = Firm("Meridian", [("pharma", "quality")]);
        firm.Suspend(Now.AddMinutes(5));

        firm.Reinstate(Now.AddMinutes(1));

        firm.IsEligible(Today).ShouldBeFalse();
    }
}
