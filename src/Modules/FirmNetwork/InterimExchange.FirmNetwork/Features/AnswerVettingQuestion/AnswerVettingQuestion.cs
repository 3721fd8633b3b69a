using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.FirmNetwork.Features.AnswerVettingQuestion;

internal sealed class AnswerVettingQuestionValidator : AbstractValidator<AnswerVettingQuestionCommand>
{
    public AnswerVettingQuestionValidator() =>
        RuleFor(c => c.Answer).NotEmpty().WithMessage("Write your answer to the vetting officer's question.")
            .MaximumLength(4000).WithMessage("Keep the answer to 4,000 characters.");
}

/// <summary>The firm answers the vetting officer's question; the review resumes.</summary>
internal sealed class AnswerVettingQuestionHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes) : ICommandHandler<AnswerVettingQuestionCommand>
{
    public Task<Result> HandleAsync(AnswerVettingQuestionCommand command, CancellationToken cancellationToken) =>
        changes.ApplyToOwnFirmAsync(db, command.By, (firm, now) =>
        {
            firm.AnswerInformationRequest(command.Answer!.Trim(), command.By.Name, now);
            return null;
        }, cancellationToken);
}
