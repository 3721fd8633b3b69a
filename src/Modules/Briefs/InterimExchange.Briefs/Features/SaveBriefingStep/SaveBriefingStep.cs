using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.SaveBriefingStep;

/// <summary>
/// What each step of the briefing accepts: the rules of the saved section's fields only, chosen by the step the command
/// carries; a step saves even when the briefing is not complete yet. Errors are named for the form's fields (<c>Input.Situation</c>).
/// </summary>
internal sealed class SaveBriefingStepValidator : AbstractValidator<SaveBriefingStepCommand>
{
    private const int Long = 4000;

    public SaveBriefingStepValidator()
    {
        Step(BriefingSection.Context, i =>
        {
            i.RuleFor(x => x.Situation).MaximumLength(Long).WithMessage("Keep the situation under 4,000 characters.");
            i.RuleFor(x => x.WhyNow).MaximumLength(Long).WithMessage("Keep this under 4,000 characters.");
            i.RuleFor(x => x.CostOfVacancy).MaximumLength(Long).WithMessage("Keep this under 4,000 characters.");
        });
        Step(BriefingSection.SuccessCriteria, i =>
        {
            i.RuleFor(x => x.SuccessCriteria).Must(CriterionRules.FitsTheForm)
                .WithMessage($"Keep to at most {Brief.MaximumCriteria} success criteria: the ones that matter most.");
            i.RuleForEach(x => x.SuccessCriteria).ChildRules(CriterionRules.Apply);
        });
        Step(BriefingSection.Value, i =>
        {
            i.RuleFor(x => x.Mandate).MaximumLength(Long);
            i.RuleFor(x => x.DecisionRights).MaximumLength(Long);
            i.RuleFor(x => x.Team).MaximumLength(Long);
            i.RuleFor(x => x.KeyStakeholders).MaximumLength(Long);
        });
        Step(BriefingSection.MustHaves, i =>
        {
            i.RuleFor(x => x.MustHaves).MaximumLength(Long);
            i.RuleFor(x => x.DealBreakers).MaximumLength(Long);
        });
        Step(BriefingSection.Arrangements, i =>
        {
            i.RuleFor(x => x.OnSiteDaysPerWeek).InclusiveBetween(0, 5).WithMessage("Enter between 0 and 5 days a week.");
            i.RuleFor(x => x.DurationMonths).InclusiveBetween(1, 36).WithMessage("Enter a duration between 1 and 36 months.");
            i.RuleFor(x => x.Travel).MaximumLength(1000);
        });
        Step(BriefingSection.Commercial, i =>
        {
            i.RuleFor(x => x.DayRateFrom).GreaterThan(0).WithMessage("Enter a day rate above zero, or leave it empty.");
            i.RuleFor(x => x.DayRateTo).GreaterThanOrEqualTo(x => x.DayRateFrom ?? 0).When(x => x.DayRateTo is not null)
                .WithMessage("The upper day rate should not be below the lower one.");
            i.RuleFor(x => x.Currency).Matches("^[A-Za-z]{3}$").When(x => !string.IsNullOrEmpty(x.Currency))
                .WithMessage("Use a three-letter currency code such as EUR, GBP or USD.");
            i.RuleFor(x => x.CommercialNotes).MaximumLength(Long);
        });
    }

    private void Step(BriefingSection section, Action<InlineValidator<BriefingInput>> rules) =>
        When(c => c.Section == section, () => RuleFor(c => c.Input).ChildRules(rules));
}

/// <summary>The executive saves one step of the briefing, complete or not; the invitation shows the briefing in progress.</summary>
internal sealed class SaveBriefingStepHandler(BriefsDbContext db, Changes<BriefsDbContext> changes) : ICommandHandler<SaveBriefingStepCommand>
{
    public async Task<Result> HandleAsync(SaveBriefingStepCommand command, CancellationToken cancellationToken)
    {
        var (userId, briefId) = (command.By.UserId, command.BriefId);
        if (await db.Briefs.ForExecutiveAsync(db, userId, briefId, cancellationToken) is not { } brief)
        {
            return Result.NotFound();
        }

        var (briefing, commercial) = Merge(brief.Briefing, brief.Commercial, command.Section, command.Input);
        var invitation = await db.BriefingInvitations.OfExecutiveAsync(userId, briefId, cancellationToken);
        return await changes.ApplyAsync(brief, (b, now) =>
        {
            invitation.Started(now);
            b.SaveBriefing(briefing, commercial, now);
            return null;
        }, cancellationToken);
    }

    private static (Briefing, CommercialExpectations) Merge(Briefing briefing, CommercialExpectations commercial, BriefingSection section, BriefingInput input) =>
        section switch
        {
            BriefingSection.Context => (briefing with { Situation = Clean(input.Situation), WhyNow = Clean(input.WhyNow), CostOfVacancy = Clean(input.CostOfVacancy) }, commercial),
            BriefingSection.SuccessCriteria => (briefing with
            {
                SuccessCriteria = input.SuccessCriteria
                    .Select(c => new SuccessCriterion(c.Outcome?.Trim() ?? "", c.Measure?.Trim() ?? "", c.Horizon))
                    .Where(c => !c.IsBlank)
                    .ToList(),
            }, commercial),
            BriefingSection.Value => (briefing with { Mandate = Clean(input.Mandate), DecisionRights = Clean(input.DecisionRights), Team = Clean(input.Team), KeyStakeholders = Clean(input.KeyStakeholders) }, commercial),
            BriefingSection.MustHaves => (briefing with { MustHaves = Clean(input.MustHaves), DealBreakers = Clean(input.DealBreakers) }, commercial),
            BriefingSection.Arrangements => (briefing with { OnSiteDaysPerWeek = input.OnSiteDaysPerWeek, Travel = Clean(input.Travel), PreferredStart = input.PreferredStart, DurationMonths = input.DurationMonths }, commercial),
            BriefingSection.Commercial => (briefing, new CommercialExpectations
            {
                DayRateFrom = input.DayRateFrom,
                DayRateTo = input.DayRateTo,
                Currency = Clean(input.Currency)?.ToUpperInvariant(),
                Notes = Clean(input.CommercialNotes),
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(section)),
        };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
