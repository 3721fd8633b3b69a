using FluentValidation;
using InterimExchange.BuildingBlocks.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InterimExchange.Accounts.Features.ChangeEmail;

internal sealed class EmailChangeRequestValidator : AbstractValidator<EmailChangeRequest>
{
    public EmailChangeRequestValidator() =>
        RuleFor(r => r.NewEmail).NotEmpty().WithMessage("Enter the address you want to sign in with.")
            .MaximumLength(256).WithMessage("That email address is too long.")
            .EmailAddress().WithMessage("Enter an email address like name@company.com.");
}

/// <summary>
/// A person moves their account to another address. Nothing changes until they follow the link sent to the new address (valid two
/// hours, bound to the account's current security stamp); the old address is then told. An address with an account is never revealed.
/// </summary>
internal sealed class ChangeEmailHandler(
    UserManager<UserAccount> users,
    Changes<AccountsDbContext> changes,
    IValidator<EmailChangeRequest> validator,
    InvitedAccounts invitedAccounts,
    ChangedAccounts changedAccounts,
    IOptions<SiteOptions> site)
{
    public async Task<Result> RequestAsync(EmailChangeRequest request, CancellationToken cancellationToken)
    {
        if (await validator.RefusalAsync(request, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await users.FindByIdAsync(request.UserId.ToString()) is not { RemovedAtUtc: null } user)
        {
            return Result.NotFound();
        }

        var email = request.NewEmail!.Trim();
        if (string.Equals(email, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            return Result.Failure(nameof(EmailChangeRequest.NewEmail), "That is the address you sign in with already.");
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

    public async Task<Result> ConfirmAsync(EmailChangeConfirmation request, CancellationToken cancellationToken)
    {
        var invalid = Result.Failure("", "This link cannot be used any more. Ask for a new one from your settings.");
        if (await users.FindByIdAsync(request.UserId.ToString()) is not { RemovedAtUtc: null } user || string.IsNullOrWhiteSpace(request.Email))
        {
            return invalid;
        }

        var old = user.Email!;
        if (await users.FindByEmailAsync(request.Email) is not null)
        {
            return Result.Failure("", "An account already uses this address: your address stays as it is.");
        }

        var changed = await users.ChangeEmailAsync(user, request.Email, request.Token);
        if (!changed.Succeeded)
        {
            return invalid;
        }

        await users.SetUserNameAsync(user, request.Email);
        changedAccounts.Changed(user.Id);
        return await changes.ApplyAsync(_ => new EmailRequested(old, user.DisplayName, "Your InterimExchange address changed",
            $"""
            Hello {user.DisplayName},

            Your InterimExchange account signs in with {request.Email} from now on, instead of this address. If you did not change it,
            reset your password at {site.Value.Link("/account/forgot-password")} with the new address, or ask your organisation's admin.
            """), cancellationToken);
    }
}
