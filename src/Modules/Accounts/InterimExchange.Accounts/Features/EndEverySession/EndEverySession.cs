using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.Identity;

namespace InterimExchange.Accounts.Features.EndEverySession;

/// <summary>No rules: the caller is the only input.</summary>
internal sealed class EndEverySessionValidator : AbstractValidator<EndEverySessionCommand>;

/// <summary>For a lost phone or a shared computer: ends every session of the account at once, as the new security stamp fails each session's next check.</summary>
internal sealed class EndEverySessionHandler(SignInManager<UserAccount> signInManager, ChangedAccounts changedAccounts, Sessions sessions)
    : ICommandHandler<EndEverySessionCommand>
{
    public async Task<Result> HandleAsync(EndEverySessionCommand command, CancellationToken cancellationToken)
    {
        if (await signInManager.UserManager.FindByIdAsync(command.By.UserId.ToString()) is { } user)
        {
            await signInManager.UserManager.UpdateSecurityStampAsync(user);
            await sessions.EndAllAsync(user.Id, except: null, CancellationToken.None);
            changedAccounts.Changed(user.Id);
        }

        await signInManager.SignOutAsync();
        return Result.Success;
    }
}
