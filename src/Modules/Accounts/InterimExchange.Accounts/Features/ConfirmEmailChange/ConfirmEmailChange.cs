using FluentValidation;
using InterimExchange.BuildingBlocks.Email;
using InterimExchange.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InterimExchange.Accounts.Features.ConfirmEmailChange;

/// <summary>No rules: the link's parts are checked together below, and a link that does not hold gets the one answer whatever is wrong.</summary>
internal sealed class ConfirmEmailChangeValidator : AbstractValidator<ConfirmEmailChangeCommand>;

/// <summary>The person follows the link sent to their new address: the account signs in with it from now on, and the old address is told.</summary>
internal sealed class ConfirmEmailChangeHandler(
    UserManager<UserAccount> users,
    Changes<AccountsDbContext> changes,
    ChangedAccounts changedAccounts,
    IOptions<SiteOptions> site) : ICommandHandler<ConfirmEmailChangeCommand>
{
    public async Task<Result> HandleAsync(ConfirmEmailChangeCommand command, CancellationToken cancellationToken)
    {
        var invalid = Result.Failure("", "This link cannot be used any more. Ask for a new one from your settings.");
        if (await users.FindByIdAsync(command.UserId.ToString()) is not { RemovedAtUtc: null } user || string.IsNullOrWhiteSpace(command.Email))
        {
            return invalid;
        }

        var old = user.Email!;
        if (await users.FindByEmailAsync(command.Email) is not null)
        {
            return Result.Failure("", "An account already uses this address: your address stays as it is.");
        }

        var changed = await users.ChangeEmailAsync(user, command.Email, command.Token);
        if (!changed.Succeeded)
        {
            return invalid;
        }

        await users.SetUserNameAsync(user, command.Email);
        changedAccounts.Changed(user.Id);
        return await changes.ApplyAsync(_ => new EmailRequested(old, user.DisplayName, "Your InterimExchange address changed",
            $"""
            Hello {user.DisplayName},

            Your InterimExchange account signs in with {command.Email} from now on, instead of this address. If you did not change it,
            reset your password at {site.Value.Link("/account/forgot-password")} with the new address, or ask your organisation's admin.
            """), cancellationToken);
    }
}
