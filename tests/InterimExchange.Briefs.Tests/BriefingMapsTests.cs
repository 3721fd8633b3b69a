using AutoMapper;
using InterimExchange.Briefs;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Briefs.Domain;
using InterimExchange.Briefs.Features;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Briefs.Tests;

/// <summary>The briefing's fields between the entity and its contracts: every one arrives (ModuleMapsTests checks that each has its counterpart).</summary>
public sealed class BriefingMapsTests
{
    private static readonly IMapper Mapper = new ServiceCollection().AddLogging()
        .AddAutoMapper(_ => { }, typeof(BriefsModule).Assembly).BuildServiceProvider().GetRequiredService<IMapper>();

    [Fact]
    public void The_executive_s_form_carries_every_field_of_the_briefing_and_of_the_commercial_section()
    {
        var briefing = new Briefing
        {
            Situation = "Inspection findings", WhyNow = "CAPA deadline", CostOfVacancy = "Batches on hold",
            SuccessCriteria = [new SuccessCriterion("CAPA closed", "Accepted by the inspector", Horizon.Days90)],
            Mandate = "Site quality", DecisionRights = "Batch release", Team = "40 people", KeyStakeholders = "Site director",
            MustHaves = "Sterile", DealBreakers = "No GMP", OnSiteDaysPerWeek = 4, Travel = "Monthly", PreferredStart = new DateOnly(2027, 1, 4),
            DurationMonths = 9,
        };
        var commercial = new CommercialExpectations { DayRateFrom = 1200, DayRateTo = 1500, Currency = "EUR", Notes = "Expenses included" };

        var input = Mapper.ToInput(briefing, commercial);

        typeof(BriefingInput).GetProperties().Where(p => p.GetValue(input) is null).Select(p => p.Name).ShouldBeEmpty();
        input.SuccessCriteria[0].ShouldBe(new CriterionInput("CAPA closed", "Accepted by the inspector", Horizon.Days90));
        input.SuccessCriteria.Count.ShouldBe(CriterionInput.Most);
        input.CommercialNotes.ShouldBe("Expenses included");
    }
}
