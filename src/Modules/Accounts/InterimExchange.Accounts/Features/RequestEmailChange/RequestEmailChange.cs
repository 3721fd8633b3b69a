using FluentValidation;
using InterimExchange.BuildingBlocks.Email;
using InterimExchange.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InterimExchange.Accounts.Features.RequestEmailChange;

internal sealed class RequestEmailChangeValidator : AbstractValidator<RequestEmailChangeCommand>
{
    public RequestEmailChangeValidator() =>
        RuleFor(r => r.NewEmail).NotEmpty().WithMessage("Enter the address you want to sign in with.")
            .MaximumLength(256).WithMessage("That email address is too long.")
            .EmailAddress().WithMessage("Enter an email address like name@company.com.");
}

/// <summary>
/// A person asks to move their account to another address. Nothing changes until they follow the link sent to the new address
/// (valid two hours, bound to the account's current security stamp). An address with an account is never revealed.
/// </summary>
internal sealed class RequestEmailChangeHandler(
    UserManager<UserAccount> users,
    Changes<AccountsDbContext> changes,
    InvitedAccounts invitedAccounts,
    IOptions<SiteOptions> site) : ICommandHandler<RequestEmailChangeCommand>
{
    public async Task<Result> HandleAsync(RequestEmailChangeCommand command, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(command.By.UserId.ToString()) is not { RemovedAtUtc: null } user)
        {
            return Result.NotFound();
        }

        var email = command.NewEmail!.Trim();
        if (string.Equals(email, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            return Result.Failure(nameof(RequestEmailChangeCommand.NewEmail), "That is the address you sign in with already.");
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            await invitedAccounts.ExistingAccountSignedUpAsync(email, Guid.NewGuid().ToString(), "asked to move another InterimExchange account to this address", cancellationToken);
            return Result.Success;
        }

        var token = await users.GenerateChangeEmailTokenAsync(user, email);
        var link = site.Value.Link(PortalLinks.EmailChange(user.Id, email, token));
        return await changes.ApplyAsync(_ => new EmailRequested(email, user.DisplayName, "Confirm your new InterimExchange address",
            $"""
            Hello {user.DisplayName},

            You asked to sign in to InterimExchange with this address from now on. Confirm it here:

            {link}

            The link works for two hours. Until you follow it, you sign in with {user.Email}. If you did not ask, ignore this email.
            """), cancellationToken);
    }
}
