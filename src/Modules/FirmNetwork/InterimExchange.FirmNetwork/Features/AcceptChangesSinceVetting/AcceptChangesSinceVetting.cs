using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.FirmNetwork.Features.AcceptChangesSinceVetting;

/// <summary>Nothing to check in the input: the command names only the firm whose changes the officer checked.</summary>
internal sealed class AcceptChangesSinceVettingValidator : AbstractValidator<AcceptChangesSinceVettingCommand>;

/// <summary>A vetting officer accepts what a vetted firm changed since vetting; routing gets the changed profile now.</summary>
internal sealed class AcceptChangesSinceVettingHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes) : ICommandHandler<AcceptChangesSinceVettingCommand>
{
    public Task<Result> HandleAsync(AcceptChangesSinceVettingCommand command, CancellationToken cancellationToken) =>
        changes.ApplyToReviewedFirmAsync(db, command.By, command.FirmId, (firm, now) =>
        {
            firm.AcceptChangesSinceVetting(command.By.Name, now);
            return firm.ProfileUpdated(now);
        }, cancellationToken);
}
