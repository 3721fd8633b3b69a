using AutoMapper;
using InterimExchange.Proposals;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Proposals.Domain;
using InterimExchange.Proposals.Features;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Proposals.Tests;

/// <summary>The proposal's fields from the entity to the firm's form: every one arrives (ModuleMapsTests checks that each has its counterpart).</summary>
public sealed class ProposalMapsTests
{
    private static readonly IMapper Mapper = new ServiceCollection().AddLogging()
        .AddAutoMapper(_ => { }, typeof(ProposalsModule).Assembly).BuildServiceProvider().GetRequiredService<IMapper>();

    [Fact]
    public void The_firm_s_form_has_one_answer_per_criterion_in_order_whatever_was_stored()
    {
        var candidate = new ProposedCandidate(Guid.NewGuid(), "Candidate A", "Former QA director", 12, "Two inspections closed", new DateOnly(2027, 1, 4),
            [new CriterionAnswer(2, "Closed CAPAs at Leiden")]);
        var content = new ProposalContent([new CriterionAnswer(3, "Mock inspection"), new CriterionAnswer(1, "Gap analysis")], [candidate],
            new CommercialTerms(FeeBasis.DayRate, 1400, "EUR", "Expenses at cost"));

        var input = Mapper.ToInput(content, criteria: 3);

        input.Approaches.Select(a => (a.Criterion, a.Text)).ShouldBe(new (int, string?)[] { (1, "Gap analysis"), (2, null), (3, "Mock inspection") });
        input.Candidates.Single().Rationales.Select(r => r.Text).ShouldBe(new string?[] { null, "Closed CAPAs at Leiden", null });
        (input.Candidates.Single().Id, input.Candidates.Single().Alias, input.Candidates.Single().YearsInSeniorRoles).ShouldBe((candidate.Id, "Candidate A", 12));
        (input.Commercial.Basis, input.Commercial.Amount, input.Commercial.Currency, input.Commercial.Terms).ShouldBe((FeeBasis.DayRate, 1400m, "EUR", "Expenses at cost"));
    }
}
