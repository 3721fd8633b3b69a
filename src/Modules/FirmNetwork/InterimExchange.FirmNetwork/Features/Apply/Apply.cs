using FluentValidation;
using InterimExchange.BuildingBlocks.Email;
using Microsoft.Extensions.Options;
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
internal sealed class ApplyHandler(
    FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes, IAccounts accounts, IValidator<FirmApplication> validator, IOptions<SiteOptions> site)
{
    public async Task<Result> ApplyAsync(FirmApplication application, CancellationToken cancellationToken)
    {
        if (await validator.RefusalAsync(application, cancellationToken) is { } refused)
        {
            return refused;
        }

        // The same answer whether or not the address has an account: the applicant is told to sign in, the mailbox says why.
        var email = application.ApplicantEmail!.Trim();
        if (await accounts.FindAccountAsync(email, cancellationToken) is not null)
        {
            await accounts.ExistingAccountSignedUpAsync(email, application.Password!, "applied to join as a specialist firm", cancellationToken);
            return Result.Success;
        }

        var profile = application.Profile.ToProfile();
        var organisationId = await accounts.CreateOrganisationAsync(profile.Name, OrganisationKind.SpecialistFirm, cancellationToken);
        var registered = await accounts.RegisterInvitedAsync(
            new RegisterInvited(organisationId, email, application.ApplicantName!, application.Password!, SignIn: false), cancellationToken);
        if (!registered.Succeeded)
        {
            return registered;
        }

        return await changes.ApplyAsync(now =>
        {
            var firm = Firm.Apply(organisationId, profile, application.Profile.Capacity!.Value, application.ApplicantName!.Trim(), now);
            db.Firms.Add(firm);
            return new Created(firm.Id, new FirmApplied(firm.Id, profile.Name, now), new EmailRequested(email, application.ApplicantName!.Trim(),
                $"Your application for {profile.Name}",
                $"""
                Hello {application.ApplicantName!.Trim()},

                Thank you: the application of {profile.Name} to join InterimExchange is in. A vetting officer reviews it and decides within
                ten working days. Sign in with the password you chose to follow where it stands: {site.Value.Link("/account/sign-in")}
                """));
        }, cancellationToken);
    }
}
