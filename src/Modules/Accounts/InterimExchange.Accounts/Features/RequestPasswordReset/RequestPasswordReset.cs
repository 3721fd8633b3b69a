using FluentValidation;
using InterimExchange.BuildingBlocks.Email;
using InterimExchange.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InterimExchange.Accounts.Features.RequestPasswordReset;

internal sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordResetCommand>
{
    public RequestPasswordResetValidator() =>
        RuleFor(r => r.Email).NotEmpty().WithMessage("Enter the email address you sign in with.")
            .MaximumLength(256).WithMessage("Enter an email address of at most 256 characters.")
            .EmailAddress().WithMessage("Enter an email address like name@company.com.");
}

/// <summary>Someone who forgot their password asks for a link; an address without an account is told so, and the page says the same either way.</summary>
internal sealed class RequestPasswordResetHandler(UserManager<UserAccount> users, Changes<AccountsDbContext> changes, IOptions<SiteOptions> site)
    : ICommandHandler<RequestPasswordResetCommand>
{
    public async Task<Result> HandleAsync(RequestPasswordResetCommand command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
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
}
