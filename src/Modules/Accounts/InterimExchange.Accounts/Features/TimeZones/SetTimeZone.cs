using InterimExchange.BuildingBlocks.Time;
using Microsoft.AspNetCore.Identity;

namespace InterimExchange.Accounts.Features.TimeZones;

/// <summary>A person chooses the zone their times are shown in; their sign-in is renewed at once to carry it.</summary>
internal sealed class SetTimeZoneHandler(AccountsDbContext db, Changes<AccountsDbContext> changes, SignInManager<UserAccount> signIn)
{
    public async Task<Result> HandleAsync(Guid userId, string timeZone, CancellationToken cancellationToken)
    {
        if (!LocalTimes.IsKnown(timeZone))
        {
            return Result.Failure("TimeZone", "Choose a time zone from the list.");
        }

        var result = await changes.ApplyAsync(c => db.Users.SingleOrDefaultAsync(u => u.Id == userId, c), (user, _) =>
        {
            user.TimeZone = timeZone;
            return (object?)null;
        }, cancellationToken);
        if (result.Succeeded)
        {
            await signIn.RefreshSignInAsync(await db.Users.SingleAsync(u => u.Id == userId, cancellationToken));
        }

        return result;
    }
}
