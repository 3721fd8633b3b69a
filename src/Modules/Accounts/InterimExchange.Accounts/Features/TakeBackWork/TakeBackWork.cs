using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.TakeBackWork;

/// <summary>No rules: the caller is the only input.</summary>
internal sealed class TakeBackWorkValidator : AbstractValidator<TakeBackWorkCommand>;

/// <summary>Back from leave, a person takes back what the colleague still holds of their work; every module returns its part.</summary>
internal sealed class TakeBackWorkHandler(AccountsDbContext db, Changes<AccountsDbContext> changes) : ICommandHandler<TakeBackWorkCommand>
{
    public Task<Result> HandleAsync(TakeBackWorkCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.Handovers.FirstOrDefaultAsync(h => h.FromUserId == command.By.UserId && !h.ForGood && h.TakenBackAtUtc == null, c), async (handover, now) =>
        {
            var people = await db.Users.Where(u => u.Id == handover.FromUserId || u.Id == handover.ToUserId).ToDictionaryAsync(u => u.Id, cancellationToken);
            return (object?)db.Record(people[handover.FromUserId].TakeBack(handover, people[handover.ToUserId], now));
        }, cancellationToken);
}
