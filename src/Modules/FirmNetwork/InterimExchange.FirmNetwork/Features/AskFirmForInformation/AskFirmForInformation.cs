using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.FirmNetwork.Features.AskFirmForInformation;

internal sealed class AskFirmForInformationValidator : AbstractValidator<AskFirmForInformationCommand>
{
    public AskFirmForInformationValidator() =>
        RuleFor(c => c.Question).NotEmpty().WithMessage("Write what the firm should tell you.")
            .MaximumLength(2000).WithMessage("Keep the question to 2,000 characters.");
}

/// <summary>A vetting officer asks the firm a question; the review waits for the answer.</summary>
internal sealed class AskFirmForInformationHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes) : ICommandHandler<AskFirmForInformationCommand>
{
    public Task<Result> HandleAsync(AskFirmForInformationCommand command, CancellationToken cancellationToken) =>
        changes.ApplyToReviewedFirmAsync(db, command.By, command.FirmId, (firm, now) =>
        {
            firm.RequestInformation(command.Question!.Trim(), command.By.Name, now);
            return null;
        }, cancellationToken);
}
