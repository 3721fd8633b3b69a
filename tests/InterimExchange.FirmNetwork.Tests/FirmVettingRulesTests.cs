using InterimExchange.BuildingBlocks.Changes;
using InterimExchange.FirmNetwork.Contracts;
using InterimExchange.FirmNetwork.Domain;

namespace InterimExchange.FirmNetwork.Tests;

/// <summary>The vetting rules the firm enforces itself.</summary>
public sealed class FirmVettingRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    private static FirmProfile Profile(params (string Sector, string Function)[] specialisms) => new()
    {
        Name = "Meridian Quality Interim",
        Specialisms = specialisms.Select(s => new Specialism(s.Sector, s.Function)).ToList(),
        InsuranceExpiresOn = Today.AddMonths(10),
        DataProtectionAttested = true,
    };

    private static Firm Applied() => Firm.Apply(Guid.NewGuid(), Profile(("pharma", "quality")), 3, "Maria Santos", Now);

    private static Firm Approved(DateOnly? until = null)
    {
        var firm = Applied();
        firm.SaveChecklist(Enum.GetValues<ChecklistItem>().Select(i => new ChecklistEntry(i, true, null)).ToList(), "Olivia Grant", Now);
        firm.Approve(until, "Olivia Grant", Now);
        return firm;
    }

    [Fact]
    public void An_application_is_not_eligible_for_briefs_and_carries_a_decision_date_ten_working_days_on()
    {
        var firm = Applied();

        firm.EligibleForBriefs(Today).ShouldBeFalse();
        firm.Status.ShouldBe(FirmStatus.PendingReview);
        firm.DecisionPromisedBy.ShouldBe(new DateOnly(2026, 11, 16));
    }

    [Fact]
    public void Approval_needs_every_checklist_item_done()
    {
        var firm = Applied();
        firm.SaveChecklist([new ChecklistEntry(ChecklistItem.ReferencesChecked, true, "Two calls made")], "Olivia Grant", Now);

        Should.Throw<BusinessRuleException>(() => firm.Approve(null, "Olivia Grant", Now)).Message.ShouldContain("Professional indemnity insurance verified");
        firm.EligibleForBriefs(Today).ShouldBeFalse();
    }

    [Fact]
    public void Approval_lasts_twelve_months_by_default_and_makes_the_firm_eligible()
    {
        var firm = Approved();

        firm.VettedUntil.ShouldBe(Today.AddMonths(12));
        firm.EligibleForBriefs(Today).ShouldBeTrue();
    }

    [Fact]
    public void A_question_pauses_the_review_until_the_firm_answers()
    {
        var firm = Applied();
        firm.RequestInformation("Which sites?", "Olivia Grant", Now);

        Should.Throw<BusinessRuleException>(() => firm.Approve(null, "Olivia Grant", Now));
        firm.AnswerInformationRequest("Leiden and Basel", "Maria Santos", Now);

        firm.Status.ShouldBe(FirmStatus.PendingReview);
        firm.InformationRequest!.Answer.ShouldBe("Leiden and Basel");
    }

    [Fact]
    public void Vetting_expires_on_the_day_after_its_last_valid_day()
    {
        var firm = Approved(Today.AddDays(10));

        firm.ExpireIfDue(Now.AddDays(10)).ShouldBeFalse();
        firm.EligibleForBriefs(Today.AddDays(10)).ShouldBeTrue();

        firm.ExpireIfDue(Now.AddDays(11)).ShouldBeTrue();
        firm.Status.ShouldBe(FirmStatus.Expired);
        firm.EligibleForBriefs(Today.AddDays(11)).ShouldBeFalse();
    }

    [Fact]
    public void Expired_insurance_takes_a_vetted_firm_out_of_routing()
    {
        var firm = Approved();

        firm.EligibleForBriefs(Today.AddMonths(10).AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void A_suspended_firm_is_not_eligible_and_is_reinstated_with_a_reason()
    {
        var firm = Approved();

        firm.Suspend("Complaint under investigation", "Olivia Grant", Now);
        firm.EligibleForBriefs(Today).ShouldBeFalse();

        firm.Reinstate("Complaint not upheld", "Olivia Grant", Now);
        firm.Status.ShouldBe(FirmStatus.Approved);
        firm.EligibleForBriefs(Today).ShouldBeTrue();
    }

    [Fact]
    public void Changing_specialisms_after_approval_is_flagged_to_vetting_officers()
    {
        var firm = Approved();

        firm.UpdateProfile(Profile(("pharma", "quality")) with { Website = "https://new.example" }, 3, "Maria Santos", Now).ShouldBeFalse();
        firm.UpdateProfile(Profile(("pharma", "quality"), ("pharma", "regulatory")), 3, "Maria Santos", Now).ShouldBeTrue();

        firm.ChangedSinceVetting.ShouldBeTrue();
        firm.RoutedProfile.Specialisms.ShouldBe([new Specialism("pharma", "quality")]);
        firm.AcceptChangesSinceVetting("Olivia Grant", Now);
        firm.ChangedSinceVetting.ShouldBeFalse();
        firm.RoutedProfile.Specialisms.Count.ShouldBe(2);
        Should.Throw<BusinessRuleException>(() => firm.AcceptChangesSinceVetting("Olivia Grant", Now));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("registration")]
    [InlineData("insurance")]
    public void A_vetted_firm_s_new_name_registration_or_insurance_reaches_routing_only_once_a_vetting_officer_accepts_it(string what)
    {
        var firm = Approved();
        var vetted = firm.Profile;
        var changed = what switch
        {
            "name" => vetted with { Name = "Meridian Renamed" },
            "registration" => vetted with { RegistrationNumber = "NEW-1" },
            _ => vetted with { InsuranceExpiresOn = vetted.InsuranceExpiresOn.AddYears(1) },
        };

        firm.UpdateProfile(changed, 3, "Maria Santos", Now).ShouldBeTrue();
        firm.RoutedProfile.ShouldBe(vetted);
        firm.ChangesSinceVetting().ShouldNotBeNullOrEmpty();

        firm.UpdateProfile(vetted, 3, "Maria Santos", Now).ShouldBeFalse("changed back, there is nothing to vet");
        firm.ChangedSinceVetting.ShouldBeFalse();

        firm.UpdateProfile(changed, 3, "Maria Santos", Now);
        firm.AcceptChangesSinceVetting("Olivia Grant", Now);
        firm.RoutedProfile.ShouldBe(changed);
    }

    [Fact]
    public void An_approved_firm_is_due_a_reminder_for_an_expiry_date_inside_the_window_only()
    {
        var firm = Approved(Today.AddDays(20));

        firm.ExpiringWithin(Today, 30).ShouldContain((ExpiryKind.VettingExpiring, Today.AddDays(20)));
        firm.ExpiringWithin(Today, 10).ShouldNotContain(n => n.Kind == ExpiryKind.VettingExpiring);
    }
}
