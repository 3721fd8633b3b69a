using FluentValidation;
using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;

namespace InterimExchange.FirmNetwork.Features.ReinstateFirm;

/// <summary>A vetting officer reinstates a suspended firm with a reason.</summary>
internal sealed class ReinstateFirmHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes, IValidator<VettingReason> validator)
{
    public async Task<Result> HandleAsync(Guid firmId, string actor, string? reason, CancellationToken cancellationToken) =>
        await validator.RefusalAsync(new VettingReason(reason), cancellationToken)
        ?? await changes.ApplyAsync(db, firmId, (firm, now) =>
        {
            firm.Reinstate(reason!.Trim(), actor, now);
            return new FirmReinstated(firm.Id, reason.Trim(), now);
        }, cancellationToken);
}
