using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.FirmNetwork.Features.ApproveFirm;

/// <summary>Nothing to check in the input's shape: a complete checklist and a date after today are the firm's rules, told by the change.</summary>
internal sealed class ApproveFirmValidator : AbstractValidator<ApproveFirmCommand>;

/// <summary>A vetting officer approves a firm whose checklist is complete: it may receive briefs until its vetting runs out.</summary>
internal sealed class ApproveFirmHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes) : ICommandHandler<ApproveFirmCommand>
{
    public Task<Result> HandleAsync(ApproveFirmCommand command, CancellationToken cancellationToken) =>
        changes.ApplyToReviewedFirmAsync(db, command.By, command.FirmId, (firm, now) =>
        {
            firm.Approve(command.ValidUntil, command.By.Name, now);
            return firm.Vetted(now);
        }, cancellationToken);
}
