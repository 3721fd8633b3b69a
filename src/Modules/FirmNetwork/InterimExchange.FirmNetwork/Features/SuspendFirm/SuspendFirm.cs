using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;

namespace InterimExchange.FirmNetwork.Features.SuspendFirm;

internal sealed class SuspendFirmValidator : AbstractValidator<SuspendFirmCommand>
{
    public SuspendFirmValidator() => RuleFor(c => c.Reason).IsAReasonTheFirmReads();
}

/// <summary>A vetting officer suspends a vetted firm with a reason: no new briefs reach it.</summary>
internal sealed class SuspendFirmHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes) : ICommandHandler<SuspendFirmCommand>
{
    public Task<Result> HandleAsync(SuspendFirmCommand command, CancellationToken cancellationToken) =>
        changes.ApplyToReviewedFirmAsync(db, command.By, command.FirmId, (firm, now) =>
        {
            firm.Suspend(command.Reason!.Trim(), command.By.Name, now);
            return new FirmSuspended(firm.Id, firm.SuspensionReason!, now);
        }, cancellationToken);
}
