using FluentValidation;
using InterimExchange.Briefs.Contracts.IntegrationEvents;

namespace InterimExchange.Briefs.Features.AmendCriteria;

internal sealed class CriteriaAmendmentValidator : AbstractValidator<CriteriaAmendment>
{
    public CriteriaAmendmentValidator()
    {
        RuleFor(a => a.Reason).NotEmpty().WithMessage("Give the reason for the amendment: it is kept in the brief's history.")
            .MaximumLength(BriefClosingRules.ReasonLength).WithMessage("Keep the reason to 1,000 characters.");
        RuleFor(a => a.Criteria).Must(CriterionRules.FitsTheForm)
            .WithMessage($"Keep to at most {Brief.MaximumCriteria} success criteria: the ones that matter most.");
        RuleForEach(a => a.Criteria).ChildRules(CriterionRules.Apply);
    }
}

/// <summary>After confirmation, the coordinator changes the success criteria with a reason; firms and evaluators read the new ones.</summary>
internal sealed class AmendCriteriaHandler(BriefsDbContext db, Changes<BriefsDbContext> changes, IValidator<CriteriaAmendment> validator)
{
    public async Task<Result> HandleAsync(BriefCommand command, CriteriaAmendment amendment, CancellationToken cancellationToken)
    {
        return await validator.RefusalAsync(amendment, cancellationToken)
            ?? await changes.ApplyAsync(db, command, (brief, now) =>
            {
                var criteria = amendment.Criteria.Select(c => new SuccessCriterion(c.Outcome?.Trim() ?? "", c.Measure?.Trim() ?? "", c.Horizon))
                    .Where(c => !c.IsBlank).ToList();
                var reason = amendment.Reason!.Trim();
                brief.AmendCriteria(criteria, reason, command.Actor, now);
                return new BriefAmended(brief.Id, brief.RpoOrganisationId, reason, brief.Criteria(), now);
            }, cancellationToken);
    }
}
