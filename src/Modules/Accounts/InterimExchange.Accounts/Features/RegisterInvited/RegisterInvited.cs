using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.RegisterInvited;

internal sealed class RegisterInvitedValidator : AbstractValidator<RegisterInvitedCommand>
{
    public RegisterInvitedValidator()
    {
        RuleFor(r => r.DisplayName).NotEmpty().WithMessage("Enter your name as colleagues should see it.")
            .MaximumLength(200).WithMessage("Keep your name under 200 characters.");
        RuleFor(r => r.Password).NotEmpty().WithMessage("Choose a password.")
            .MinimumLength(AccountsModule.PasswordLength)
            .WithMessage($"Use at least {AccountsModule.PasswordLength} characters, with upper and lower case letters and a digit.");
    }
}

/// <summary>Someone who arrived through another module's invitation (a client executive's briefing link) gets their account, and is signed in.</summary>
internal sealed class RegisterInvitedHandler(InvitedAccounts invitedAccounts) : ICommandHandler<RegisterInvitedCommand>
{
    public Task<Result> HandleAsync(RegisterInvitedCommand command, CancellationToken cancellationToken) =>
        invitedAccounts.CreateAndSignInAsync(command, beforeCommit: null, cancellationToken);
}
