using FluentValidation;
using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;

namespace InterimExchange.FirmNetwork.Features.RejectFirm;

/// <summary>A vetting officer rejects an application with the reason the firm reads.</summary>
internal sealed class RejectFirmHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes, IValidator<VettingReason> validator)
{
    public async Task<Result> HandleAsync(Guid firmId, string actor, string? reason, CancellationToken cancellationToken) =>
        await validator.RefusalAsync(new VettingReason(reason), cancellationToken)
        ?? await changes.ApplyAsync(db, firmId, (firm, now) =>
        {
            firm.Reject(reason!.Trim(), actor, now);
            return new FirmVettingRejected(firm.Id, firm.RejectionReason!, now);
        }, cancellationToken);
}
