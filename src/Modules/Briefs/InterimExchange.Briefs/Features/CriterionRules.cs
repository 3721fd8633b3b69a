using FluentValidation;

namespace InterimExchange.Briefs.Features;

/// <summary>
/// One success criterion as typed, wherever it is typed (the executive's briefing, the coordinator's amendment). A row left
/// entirely blank is an unused slot of the form, not a criterion.
/// </summary>
internal static class CriterionRules
{
    public const int TextLength = 1000;

    /// <summary>The rules of one row, for <c>RuleForEach(...).ChildRules(CriterionRules.Apply)</c> (which runs in the caller's rule set).</summary>
    public static void Apply(InlineValidator<CriterionInput> criterion)
    {
        criterion.RuleFor(c => c.Outcome).NotEmpty().When(c => !IsBlank(c)).WithMessage("Say what outcome the interim must achieve.")
            .MaximumLength(TextLength).WithMessage("Keep the outcome to 1,000 characters.");
        criterion.RuleFor(c => c.Measure).NotEmpty().When(c => !IsBlank(c)).WithMessage("Say how you will measure it.")
            .MaximumLength(TextLength).WithMessage("Keep the measure to 1,000 characters.");
        criterion.RuleFor(c => c.Horizon).NotNull().When(c => !IsBlank(c)).WithMessage("Choose by when it should be achieved.")
            .IsInEnum().WithMessage("Choose by when it should be achieved.");
    }

    public static bool IsBlank(CriterionInput c) => string.IsNullOrWhiteSpace(c.Outcome) && string.IsNullOrWhiteSpace(c.Measure) && c.Horizon is null;

    /// <summary>At most <see cref="CriterionInput.Most"/> filled rows, and no more rows than a form has.</summary>
    public static bool FitsTheForm(IReadOnlyList<CriterionInput> criteria) =>
        criteria.Count <= CriterionInput.Most * 2 && criteria.Count(c => !IsBlank(c)) <= CriterionInput.Most;
}
