using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.WorkWith;

/// <summary>The colleague who holds the caller's work while they are on leave, and since when.</summary>
internal sealed class WorkWithHandler(AccountsDbContext db) : IQueryHandler<WorkWithQuery, WorkWithColleague?>
{
    public Task<WorkWithColleague?> HandleAsync(WorkWithQuery query, CancellationToken cancellationToken) =>
        (from h in db.Handovers
         join u in db.Users on h.ToUserId equals u.Id
         where h.FromUserId == query.By.UserId && !h.ForGood && h.TakenBackAtUtc == null
         select new WorkWithColleague(u.Id, u.DisplayName, h.AtUtc)).FirstOrDefaultAsync(cancellationToken);
}
