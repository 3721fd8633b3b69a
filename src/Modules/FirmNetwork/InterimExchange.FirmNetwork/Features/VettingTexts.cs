using FluentValidation;

namespace InterimExchange.FirmNetwork.Features;

/// <summary>Why a vetting officer rejects, suspends or reinstates a firm: the firm reads it.</summary>
internal sealed record VettingReason(string? Reason);

/// <summary>What a vetting officer asks the firm during a review.</summary>
internal sealed record VettingQuestion(string? Question);

/// <summary>The firm's answer to the vetting officer's question.</summary>
internal sealed record VettingAnswer(string? Answer);

internal sealed class VettingReasonValidator : AbstractValidator<VettingReason>
{
    public VettingReasonValidator() =>
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Give the reason: the firm reads it.")
            .MaximumLength(2000).WithMessage("Keep the reason to 2,000 characters.");
}

internal sealed class VettingQuestionValidator : AbstractValidator<VettingQuestion>
{
    public VettingQuestionValidator() =>
        RuleFor(q => q.Question).NotEmpty().WithMessage("Write what the firm should tell you.")
            .MaximumLength(2000).WithMessage("Keep the question to 2,000 characters.");
}

internal sealed class VettingAnswerValidator : AbstractValidator<VettingAnswer>
{
    public VettingAnswerValidator() =>
        RuleFor(a => a.Answer).NotEmpty().WithMessage("Write your answer to the vetting officer's question.")
            .MaximumLength(4000).WithMessage("Keep the answer to 4,000 characters.");
}
