using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.FirmNetwork.Features.AskForRevetting;

/// <summary>Nothing to check in the input: the command carries only who asks, and when a firm may ask is the firm's rule.</summary>
internal sealed class AskForRevettingValidator : AbstractValidator<AskForRevettingCommand>;

/// <summary>A firm in the last days of its vetting, or past them, asks to be vetted again.</summary>
internal sealed class AskForRevettingHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes) : ICommandHandler<AskForRevettingCommand>
{
    public Task<Result> HandleAsync(AskForRevettingCommand command, CancellationToken cancellationToken) =>
        changes.ApplyToOwnFirmAsync(db, command.By, (firm, now) =>
        {
            firm.RequestRevetting(command.By.Name, now);
            return null;
        }, cancellationToken);
}
