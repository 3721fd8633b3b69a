using FluentValidation;

namespace InterimExchange.Relationships.Features;

/// <summary>The rules of what one side of a conversation writes for the others to read, shared by the changes that carry it.</summary>
internal static class ConversationTexts
{
    /// <summary>Why a conversation is cancelled, declined or did not happen: required, in the words <paramref name="ask"/> asks for it.</summary>
    public static IRuleBuilderOptions<T, string?> IsAReasonOthersRead<T>(this IRuleBuilder<T, string?> reason, string ask) =>
        reason.NotEmpty().WithMessage(ask).MaximumLength(1000).WithMessage("Keep it to 1,000 characters.");
}
