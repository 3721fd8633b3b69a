using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.FirmNetwork.Features.UpdateFirmProfile;

internal sealed class UpdateFirmProfileValidator : AbstractValidator<UpdateFirmProfileCommand>
{
    public UpdateFirmProfileValidator(IValidator<FirmProfileInput> profile) => RuleFor(c => c.Profile).SetValidator(profile);
}

/// <summary>The firm keeps its profile, specialisms and capacity; a change of specialisms after approval is flagged to the vetting officers.</summary>
internal sealed class UpdateFirmProfileHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes) : ICommandHandler<UpdateFirmProfileCommand>
{
    public Task<Result> HandleAsync(UpdateFirmProfileCommand command, CancellationToken cancellationToken) =>
        changes.ApplyToOwnFirmAsync(db, command.By, (firm, now) =>
        {
            firm.UpdateProfile(command.Profile.ToProfile(), command.Profile.Capacity!.Value, command.By.Name, now);
            // Routing keeps its own view of approved firms; others are not in it yet.
            return firm.Status is FirmStatus.Approved or FirmStatus.Suspended or FirmStatus.Expired ? firm.ProfileUpdated(now) : null;
        }, cancellationToken);
}
