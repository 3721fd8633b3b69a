using FluentValidation;

namespace InterimExchange.FirmNetwork.Features;

/// <summary>The rules of what a vetting officer writes to a firm, shared by the decisions that carry it.</summary>
internal static class VettingTexts
{
    /// <summary>Why a vetting officer rejects, suspends or reinstates a firm: the firm reads it.</summary>
    public static IRuleBuilderOptions<T, string?> IsAReasonTheFirmReads<T>(this IRuleBuilder<T, string?> reason) =>
        reason.NotEmpty().WithMessage("Give the reason: the firm reads it.")
            .MaximumLength(2000).WithMessage("Keep the reason to 2,000 characters.");
}
