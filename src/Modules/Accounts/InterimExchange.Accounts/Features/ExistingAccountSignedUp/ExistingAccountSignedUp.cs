using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.ExistingAccountSignedUp;

/// <summary>No rules: the module that asks has checked the address, and the answer must not differ from a sign-up's.</summary>
internal sealed class ExistingAccountSignedUpValidator : AbstractValidator<ExistingAccountSignedUpCommand>;

/// <summary>Someone tried to sign up with an address that has an account: its owner is told, in the time a sign-up takes.</summary>
internal sealed class ExistingAccountSignedUpHandler(InvitedAccounts invitedAccounts) : ICommandHandler<ExistingAccountSignedUpCommand>
{
    public async Task<Result> HandleAsync(ExistingAccountSignedUpCommand command, CancellationToken cancellationToken)
    {
        await invitedAccounts.ExistingAccountSignedUpAsync(command.Email, command.Password, command.Attempt, cancellationToken);
        return Result.Success;
    }
}
