using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.Identity;

namespace InterimExchange.Accounts.Features.ChangePassword;

internal sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator()
    {
        RuleFor(r => r.CurrentPassword).NotEmpty().WithMessage("Enter your current password.");
        RuleFor(r => r.NewPassword).NotEmpty().WithMessage("Choose a new password.")
            .MinimumLength(AccountsModule.PasswordLength)
            .WithMessage($"Use at least {AccountsModule.PasswordLength} characters, with upper and lower case letters and a digit.");
    }
}

/// <summary>A person changes their password with their current one: every other session ends at its next request, this one stays.</summary>
internal sealed class ChangePasswordHandler(
    UserManager<UserAccount> users, SignInManager<UserAccount> signIn, ChangedAccounts changedAccounts, Sessions sessions,
    Microsoft.AspNetCore.Http.IHttpContextAccessor http) : ICommandHandler<ChangePasswordCommand>
{
    public async Task<Result> HandleAsync(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(command.By.UserId.ToString()) is not { RemovedAtUtc: null } user)
        {
            return Result.NotFound();
        }

        var changed = await users.ChangePasswordAsync(user, command.CurrentPassword!, command.NewPassword!);
        if (!changed.Succeeded)
        {
            return changed.Errors.Any(e => e.Code == "PasswordMismatch")
                ? Result.Failure(nameof(ChangePasswordCommand.CurrentPassword), "That is not your current password.")
                : IdentityErrors.ToResult(changed, nameof(ChangePasswordCommand.NewPassword));
        }

        await sessions.EndAllAsync(user.Id, except: Sessions.Of(http.HttpContext?.User), cancellationToken);
        changedAccounts.Changed(user.Id);
        await signIn.RefreshSignInAsync(user);
        return Result.Success;
    }
}
