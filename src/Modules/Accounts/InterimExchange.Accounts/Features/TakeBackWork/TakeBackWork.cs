namespace InterimExchange.Accounts.Features.TakeBackWork;

/// <summary>Back from leave, a person takes back what the colleague still holds of their work; every module returns its part.</summary>
internal sealed class TakeBackWorkHandler(AccountsDbContext db, Changes<AccountsDbContext> changes)
{
    public Task<Result> HandleAsync(Guid userId, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.Handovers.FirstOrDefaultAsync(h => h.FromUserId == userId && !h.ForGood && h.TakenBackAtUtc == null, c), async (handover, now) =>
        {
            var people = await db.Users.Where(u => u.Id == handover.FromUserId || u.Id == handover.ToUserId).ToDictionaryAsync(u => u.Id, cancellationToken);
            return (object?)db.Record(people[handover.FromUserId].TakeBack(handover, people[handover.ToUserId], now));
        }, cancellationToken);

    public Task<WorkWithColleague?> WorkWithAsync(Guid userId, CancellationToken cancellationToken) =>
        (from h in db.Handovers
         join u in db.Users on h.ToUserId equals u.Id
         where h.FromUserId == userId && !h.ForGood && h.TakenBackAtUtc == null
         select new WorkWithColleague(u.Id, u.DisplayName, h.AtUtc)).FirstOrDefaultAsync(cancellationToken);
}
