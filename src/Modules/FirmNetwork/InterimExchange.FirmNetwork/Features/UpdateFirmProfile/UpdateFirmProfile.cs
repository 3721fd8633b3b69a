using FluentValidation;

namespace InterimExchange.FirmNetwork.Features.UpdateFirmProfile;

/// <summary>The firm keeps its profile, specialisms and capacity; a change of specialisms after approval is flagged to the vetting officers.</summary>
internal sealed class UpdateFirmProfileHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes, IValidator<FirmProfileInput> validator)
{
    public async Task<Result> HandleAsync(Guid firmId, string actor, FirmProfileInput input, CancellationToken cancellationToken) =>
        await validator.RefusalAsync(input, cancellationToken)
        ?? await changes.ApplyAsync(db, firmId, (firm, now) =>
        {
            firm.UpdateProfile(input.ToProfile(), input.Capacity!.Value, actor, now);
            // Routing keeps its own view of approved firms; others are not in it yet.
            return firm.Status is FirmStatus.Approved or FirmStatus.Suspended or FirmStatus.Expired ? firm.ProfileUpdated(now) : null;
        }, cancellationToken);
}
