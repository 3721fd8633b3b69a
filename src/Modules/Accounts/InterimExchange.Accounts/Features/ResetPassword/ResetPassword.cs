using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.Identity;

namespace InterimExchange.Accounts.Features.ResetPassword;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordValidator()
    {
        RuleFor(r => r.Email).NotEmpty().WithMessage("Enter the email address you sign in with.")
            .EmailAddress().WithMessage("Enter an email address like name@company.com.");
        RuleFor(r => r.NewPassword).NotEmpty().WithMessage("Choose a new password.")
            .MinimumLength(AccountsModule.PasswordLength)
            .WithMessage($"Use at least {AccountsModule.PasswordLength} characters, with upper and lower case letters and a digit.");
    }
}

/// <summary>A new password chosen with the reset link; it also lifts a lockout, and every session of the account ends.</summary>
internal sealed class ResetPasswordHandler(UserManager<UserAccount> users, ChangedAccounts changedAccounts, Sessions sessions) : ICommandHandler<ResetPasswordCommand>
{
    public async Task<Result> HandleAsync(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(command.Email.Trim());
        var invalidLink = Result.Failure("", "This reset link is not valid any more. Ask for a new one below.");
        if (user is null)
        {
            return invalidLink;
        }

        var reset = await users.ResetPasswordAsync(user, command.Token, command.NewPassword);
        if (reset.Succeeded)
        {
            // A successful reset also lifts a lockout: the person has proved they own the mailbox.
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            await sessions.EndAllAsync(user.Id, except: null, cancellationToken);
            changedAccounts.Changed(user.Id);
            return Result.Success;
        }

        return reset.Errors.Any(e => e.Code == "InvalidToken")
            ? invalidLink
            : IdentityErrors.ToResult(reset, nameof(ResetPasswordCommand.NewPassword));
    }
}
