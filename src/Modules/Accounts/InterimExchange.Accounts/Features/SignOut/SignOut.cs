using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.Identity;

namespace InterimExchange.Accounts.Features.SignOut;

/// <summary>No rules: signing out carries no input.</summary>
internal sealed class SignOutValidator : AbstractValidator<SignOutCommand>;

/// <summary>Signs the browser out; its session ends as its cookie goes.</summary>
internal sealed class SignOutHandler(SignInManager<UserAccount> signInManager) : ICommandHandler<SignOutCommand>
{
    public async Task<Result> HandleAsync(SignOutCommand command, CancellationToken cancellationToken)
    {
        await signInManager.SignOutAsync();
        return Result.Success;
    }
}
