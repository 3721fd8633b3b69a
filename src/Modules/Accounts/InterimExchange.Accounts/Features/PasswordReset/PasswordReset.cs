using FluentValidation;
using InterimExchange.BuildingBlocks.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InterimExchange.Accounts.Features.PasswordReset;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
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

internal sealed class PasswordResetRequestValidator : AbstractValidator<PasswordResetRequest>
{
    public PasswordResetRequestValidator() =>
        RuleFor(r => r.Email).NotEmpty().WithMessage("Enter the email address you sign in with.")
            .MaximumLength(256).WithMessage("Enter an email address of at most 256 characters.")
            .EmailAddress().WithMessage("Enter an email address like name@company.com.");
}

internal sealed class PasswordResetHandler(
    UserManager<UserAccount> users,
    Changes<AccountsDbContext> changes,
    IValidator<ResetPassword> validator,
    IValidator<PasswordResetRequest> requestValidator,
    IOptions<SiteOptions> site,
    ChangedAccounts changedAccounts,
    Sessions sessions)
{
    public async Task<Result> RequestAsync(PasswordResetRequest request, CancellationToken cancellationToken)
    {
        if (await requestValidator.RefusalAsync(request, cancellationToken) is { } refused)
        {
            return refused;
        }

        var email = request.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            // An email either way, in the same time: the page cannot tell who has an account; the mailbox's owner learns why.
            await changes.ApplyAsync(_ => new EmailRequested(email, email, "Your InterimExchange password",
                $"""
                Hello,

                Someone asked to reset the InterimExchange password of this email address, but no account uses it. If it was you,
                perhaps you signed up with another address, or your organisation's admin has not invited this one yet.

                If you did not ask, ignore this email.
                """), cancellationToken);
            return Result.Success;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = site.Value.Link(PortalLinks.PasswordReset(user.Email!, token));
        return await changes.ApplyAsync(_ => new EmailRequested(user.Email!, user.DisplayName, "Reset your InterimExchange password",
            $"""
            Hello {user.DisplayName},

            Someone asked to reset the password of your InterimExchange account. If it was you, choose a new password here:

            {link}

            The link works for two hours. If you did not ask for it, ignore this email: your password stays as it is.
            """), cancellationToken);
    }

    public async Task<Result> ResetAsync(ResetPassword request, CancellationToken cancellationToken)
    {
        if (await validator.RefusalAsync(request, cancellationToken) is { } refused)
        {
            return refused;
        }

        var user = await users.FindByEmailAsync(request.Email.Trim());
        var invalidLink = Result.Failure("", "This reset link is not valid any more. Ask for a new one below.");
        if (user is null)
        {
            return invalidLink;
        }

        var reset = await users.ResetPasswordAsync(user, request.Token, request.NewPassword);
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
            : IdentityErrors.ToResult(reset, nameof(ResetPassword.NewPassword));
    }
}
