using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;

namespace InterimExchange.FirmNetwork.Features.RejectFirm;

internal sealed class RejectFirmValidator : AbstractValidator<RejectFirmCommand>
{
    public RejectFirmValidator() => RuleFor(c => c.Reason).IsAReasonTheFirmReads();
}

/// <summary>A vetting officer rejects an application with the reason the firm reads.</summary>
internal sealed class RejectFirmHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes) : ICommandHandler<RejectFirmCommand>
{
    public Task<Result> HandleAsync(RejectFirmCommand command, CancellationToken cancellationToken) =>
        changes.ApplyToReviewedFirmAsync(db, command.By, command.FirmId, (firm, now) =>
        {
            firm.Reject(command.Reason!.Trim(), command.By.Name, now);
            return new FirmVettingRejected(firm.Id, firm.RejectionReason!, now);
        }, cancellationToken);
}
