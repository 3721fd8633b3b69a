using FluentValidation;
using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;

namespace InterimExchange.FirmNetwork.Features.SuspendFirm;

/// <summary>A vetting officer suspends a vetted firm with a reason: no new briefs reach it.</summary>
internal sealed class SuspendFirmHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes, IValidator<VettingReason> validator)
{
    public async Task<Result> HandleAsync(Guid firmId, string actor, string? reason, CancellationToken cancellationToken) =>
        await validator.RefusalAsync(new VettingReason(reason), cancellationToken)
        ?? await changes.ApplyAsync(db, firmId, (firm, now) =>
        {
            firm.Suspend(reason!.Trim(), actor, now);
            return new FirmSuspended(firm.Id, firm.SuspensionReason!, now);
        }, cancellationToken);
}
