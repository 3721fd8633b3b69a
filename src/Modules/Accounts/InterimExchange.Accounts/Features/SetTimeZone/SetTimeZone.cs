using FluentValidation;
using InterimExchange.BuildingBlocks.Time;
using InterimExchange.BuildingBlocks.UseCases;
using Microsoft.AspNetCore.Identity;

namespace InterimExchange.Accounts.Features.SetTimeZone;

internal sealed class SetTimeZoneValidator : AbstractValidator<SetTimeZoneCommand>
{
    public SetTimeZoneValidator() =>
        RuleFor(c => c.TimeZone).Must(LocalTimes.IsKnown).WithMessage("Choose a time zone from the list.");
}

/// <summary>A person chooses the zone their times are shown in; their sign-in is renewed at once to carry it.</summary>
internal sealed class SetTimeZoneHandler(AccountsDbContext db, Changes<AccountsDbContext> changes, SignInManager<UserAccount> signIn) : ICommandHandler<SetTimeZoneCommand>
{
    public async Task<Result> HandleAsync(SetTimeZoneCommand command, CancellationToken cancellationToken)
    {
        var userId = command.By.UserId;
        var result = await changes.ApplyAsync(c => db.Users.SingleOrDefaultAsync(u => u.Id == userId, c), (user, _) =>
        {
            user.TimeZone = command.TimeZone;
            return (object?)null;
        }, cancellationToken);
        if (result.Succeeded)
        {
            await signIn.RefreshSignInAsync(await db.Users.SingleAsync(u => u.Id == userId, cancellationToken));
        }

        return result;
    }
}
