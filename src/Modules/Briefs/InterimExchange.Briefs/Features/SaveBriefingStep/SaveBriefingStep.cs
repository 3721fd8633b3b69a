using FluentValidation;

namespace InterimExchange.Briefs.Features.SaveBriefingStep;

/// <summary>What each step of the briefing accepts; a step saves even when the briefing is not complete yet.</summary>
internal sealed class BriefingInputValidator : AbstractValidator<BriefingInput>
{
    private const int Long = 4000;

    public BriefingInputValidator()
    {
        RuleSet(nameof(BriefingSection.Context), () =>
        {
            RuleFor(i => i.Situation).MaximumLength(Long).WithMessage("Keep the situation under 4,000 characters.");
            RuleFor(i => i.WhyNow).MaximumLength(Long).WithMessage("Keep this under 4,000 characters.");
            RuleFor(i => i.CostOfVacancy).MaximumLength(Long).WithMessage("Keep this under 4,000 characters.");
        });
        RuleSet(nameof(BriefingSection.SuccessCriteria), () =>
        {
            RuleFor(i => i.SuccessCriteria).Must(CriterionRules.FitsTheForm)
                .WithMessage($"Keep to at most {Brief.MaximumCriteria} success criteria: the ones that matter most.");
            RuleForEach(i => i.SuccessCriteria).ChildRules(CriterionRules.Apply);
        });
        RuleSet(nameof(BriefingSection.Value), () =>
        {
            RuleFor(i => i.Mandate).MaximumLength(Long);
            RuleFor(i => i.DecisionRights).MaximumLength(Long);
            RuleFor(i => i.Team).MaximumLength(Long);
            RuleFor(i => i.KeyStakeholders).MaximumLength(Long);
        });
        RuleSet(nameof(BriefingSection.MustHaves), () =>
        {
            RuleFor(i => i.MustHaves).MaximumLength(Long);
            RuleFor(i => i.DealBreakers).MaximumLength(Long);
        });
        RuleSet(nameof(BriefingSection.Arrangements), () =>
        {
            RuleFor(i => i.OnSiteDaysPerWeek).InclusiveBetween(0, 5).WithMessage("Enter between 0 and 5 days a week.");
            RuleFor(i => i.DurationMonths).InclusiveBetween(1, 36).WithMessage("Enter a duration between 1 and 36 months.");
            RuleFor(i => i.Travel).MaximumLength(1000);
        });
        RuleSet(nameof(BriefingSection.Commercial), () =>
        {
            RuleFor(i => i.DayRateFrom).GreaterThan(0).WithMessage("Enter a day rate above zero, or leave it empty.");
            RuleFor(i => i.DayRateTo).GreaterThanOrEqualTo(i => i.DayRateFrom ?? 0).When(i => i.DayRateTo is not null)
                .WithMessage("The upper day rate should not be below the lower one.");
            RuleFor(i => i.Currency).Matches("^[A-Za-z]{3}$").When(i => !string.IsNullOrEmpty(i.Currency))
                .WithMessage("Use a three-letter currency code such as EUR, GBP or USD.");
            RuleFor(i => i.CommercialNotes).MaximumLength(Long);
        });
    }
}

/// <summary>The executive saves one step of the briefing, complete or not; the invitation shows the briefing in progress.</summary>
internal sealed class SaveBriefingStepHandler(BriefsDbContext db, Changes<BriefsDbContext> changes, IValidator<BriefingInput> validator)
{
    public async Task<Result> HandleAsync(Guid userId, Guid briefId, BriefingSection section, BriefingInput input, CancellationToken cancellationToken)
    {
        if (await db.Briefs.ForExecutiveAsync(db, userId, briefId, cancellationToken) is not { } brief)
        {
            return Result.NotFound();
        }

        if (await validator.RefusalAsync(input, options => options.IncludeRuleSets(section.ToString()), cancellationToken) is { } refused)
        {
            return refused;
        }

        var (briefing, commercial) = Merge(brief.Briefing, brief.Commercial, section, input);
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
