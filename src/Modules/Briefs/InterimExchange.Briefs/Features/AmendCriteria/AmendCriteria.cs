using FluentValidation;
using InterimExchange.Briefs.Contracts.IntegrationEvents;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.AmendCriteria;

internal sealed class AmendCriteriaValidator : AbstractValidator<AmendCriteriaCommand>
{
    public AmendCriteriaValidator()
    {
        RuleFor(a => a.Reason).NotEmpty().WithMessage("Give the reason for the amendment: it is kept in the brief's history.")
            .MaximumLength(BriefClosingRules.ReasonLength).WithMessage("Keep the reason to 1,000 characters.");
        RuleFor(a => a.Criteria).Must(CriterionRules.FitsTheForm)
            .WithMessage($"Keep to at most {Brief.MaximumCriteria} success criteria: the ones that matter most.");
        RuleForEach(a => a.Criteria).ChildRules(CriterionRules.Apply);
    }
}

/// <summary>After confirmation, the coordinator changes the success criteria with a reason; firms and evaluators read the new ones.</summary>
internal sealed class AmendCriteriaHandler(BriefsDbContext db, Changes<BriefsDbContext> changes) : ICommandHandler<AmendCriteriaCommand>
{
    public Task<Result> HandleAsync(AmendCriteriaCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(db, command.By, command.BriefId, (brief, now) =>
        {
            var criteria = command.Criteria.Select(c => new SuccessCriterion(c.Outcome?.Trim() ?? "", c.Measure?.Trim() ?? "", c.Horizon))
                .Where(c => !c.IsBlank).ToList();
            var reason = command.Reason!.Trim();
            brief.AmendCriteria(criteria, reason, command.By.Name, now);
            return new BriefAmended(brief.Id, brief.RpoOrganisationId, reason, brief.Criteria(), now);
        }, cancellationToken);
}
