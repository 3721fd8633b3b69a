using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using InterimExchange.BuildingBlocks.Email;
using Microsoft.Extensions.Options;
using InterimExchange.Accounts.Contracts;
using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;

namespace InterimExchange.FirmNetwork.Features.Apply;

internal sealed class ApplyValidator : AbstractValidator<ApplyCommand>
{
    public ApplyValidator(IValidator<FirmProfileInput> profile)
    {
        RuleFor(a => a.ApplicantName).NotEmpty().WithMessage("Enter your name.").MaximumLength(200);
        RuleFor(a => a.ApplicantEmail).NotEmpty().WithMessage("Enter your email address.")
            .EmailAddress().WithMessage("Enter an email address like name@firm.com.").MaximumLength(256);
        RuleFor(a => a.Password).NotEmpty().WithMessage("Choose a password.")
            .MinimumLength(10).WithMessage("Use at least 10 characters, with upper and lower case letters and a digit.");
        RuleFor(a => a.Profile).SetValidator(profile);
    }
}

/// <summary>
/// A firm applies to the network: its application is recorded, and <see cref="FirmApplied"/> has Accounts found its organisation
/// (under the firm's id) with the applicant's account as its first member and admin. The password travels only as Accounts hashes it.
/// </summary>
internal sealed class ApplyHandler(
    FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes, IAccounts accounts, IOptions<SiteOptions> site) : ICommandHandler<ApplyCommand>
{
    public async Task<Result> HandleAsync(ApplyCommand application, CancellationToken cancellationToken)
    {
        // The same answer whether or not the address has an account: the applicant is told to sign in, the mailbox says why.
        var email = application.ApplicantEmail!.Trim();
        if (await accounts.AskAsync(new FindAccountQuery(email), cancellationToken) is not null)
        {
            await accounts.SendAsync(new ExistingAccountSignedUpCommand(email, application.Password!, "applied to join as a specialist firm"), cancellationToken);
            return Result.Success;
        }

        var password = await accounts.AskAsync(new ChoosePasswordQuery(application.Password!), cancellationToken);
        if (!password.Result.Succeeded)
        {
            return password.Result;
        }

        var profile = application.Profile.ToProfile();
        var applicant = application.ApplicantName!.Trim();
        return await changes.ApplyAsync(now =>
        {
            var firm = Firm.Apply(Guid.NewGuid(), profile, application.Profile.Capacity!.Value, applicant, now);
            db.Firms.Add(firm);
            return new Created(firm.Id, new FirmApplied(firm.Id, profile.Name, applicant, email, password.Hash, now), new EmailRequested(email, applicant,
                $"Your application for {profile.Name}",
                $"""
                Hello {applicant},

                Thank you: the application of {profile.Name} to join InterimExchange is in. A vetting officer reviews it and decides within
                ten working days. Sign in with the password you chose to follow where it stands: {site.Value.Link("/account/sign-in")}
                """));
        }, cancellationToken);
    }
}
