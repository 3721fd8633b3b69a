using FluentValidation;
using InterimExchange.Accounts.Contracts;
using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;
using InterimExchange.FirmNetwork.Features;

namespace InterimExchange.FirmNetwork.Features.Apply;

internal sealed class FirmApplicationValidator : AbstractValidator<FirmApplication>
{
    public FirmApplicationValidator(IValidator<FirmProfileInput> profile)
    {
        RuleFor(a => a.ApplicantName).NotEmpty().WithMessage("Enter your name.").MaximumLength(200);
        RuleFor(a => a.ApplicantEmail).NotEmpty().WithMessage("Enter your email address.")
            .EmailAddress().WithMessage("Enter an email address like name@firm.com.").MaximumLength(256);
        RuleFor(a => a.Password).NotEmpty().WithMessage("Choose a password.")
            .MinimumLength(10).WithMessage("Use at least 10 characters, with upper and lower case letters and a digit.");
        RuleFor(a => a.Profile).SetValidator(profile);
    }
}

/// <summary>A firm applies to the network: its organisation, its applicant's account (the first member), and its application.</summary>
internal sealed class ApplyHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes, IAccounts accounts, IValidator<FirmApplication> validator)
{
    public async Task<Result> ApplyAsync(FirmApplication application, CancellationToken cancellationToken)
    {
        if (await validator.RefusalAsync(application, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await accounts.FindAccountAsync(application.ApplicantEmail!, cancellationToken) is not null)
        {
            return Result.Failure(nameof(FirmApplication.ApplicantEmail), "An account already uses this email address. Sign in, or use another address.");
        }

        var profile = application.Profile.ToProfile();
        var organisationId = await accounts.CreateOrganisationAsync(profile.Name, OrganisationKind.SpecialistFirm, cancellationToken);
        var registered = await accounts.RegisterInvitedAsync(
            new RegisterInvited(organisationId, application.ApplicantEmail!.Trim(), application.ApplicantName!, application.Password!), cancellationToken);
        if (!registered.Succeeded)
        {
            return registered;
        }

        return await changes.ApplyAsync(now =>
        {
            var firm = Firm.Apply(organisationId, profile, application.Profile.Capacity!.Value, application.ApplicantName!.Trim(), now);
            db.Firms.Add(firm);
            return new Created(firm.Id, new FirmApplied(firm.Id, profile.Name, now));
        }, cancellationToken);
    }
}
