using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;

namespace InterimExchange.FirmNetwork.Features.ReinstateFirm;

internal sealed class ReinstateFirmValidator : AbstractValidator<ReinstateFirmCommand>
{
    public ReinstateFirmValidator() => RuleFor(c => c.Reason).IsAReasonTheFirmReads();
}

/// <summary>A vetting officer reinstates a suspended firm with a reason.</summary>
internal sealed class ReinstateFirmHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes) : ICommandHandler<ReinstateFirmCommand>
{
    public Task<Result> HandleAsync(ReinstateFirmCommand command, CancellationToken cancellationToken) =>
        changes.ApplyToReviewedFirmAsync(db, command.By, command.FirmId, (firm, now) =>
        {
            var reason = command.Reason!.Trim();
            firm.Reinstate(reason, command.By.Name, now);
            return new FirmReinstated(firm.Id, reason, now);
        }, cancellationToken);
}
