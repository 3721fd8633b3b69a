using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.OrganisationHistory;

/// <summary>The caller's organisation's history of its people, newest first, a page at a time.</summary>
internal sealed class OrganisationHistoryHandler(AccountsDbContext db) : IQueryHandler<OrganisationHistoryQuery, OrganisationHistoryPage>
{
    public async Task<OrganisationHistoryPage> HandleAsync(OrganisationHistoryQuery query, CancellationToken cancellationToken)
    {
        var page = Math.Clamp(query.Page, 1, 100_000);
        var lines = await db.OrganisationHistory.AsNoTracking()
            .Where(e => e.OrganisationId == query.By.OrganisationId)
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Skip((page - 1) * OrganisationHistoryPage.Size)
            .Take(OrganisationHistoryPage.Size + 1)
            .Select(e => new OrganisationHistoryLine(e.AtUtc, e.PersonName, e.Change, e.ByName, e.ToName))
            .ToListAsync(cancellationToken);
        return new OrganisationHistoryPage(lines.Take(OrganisationHistoryPage.Size).ToList(), page, lines.Count > OrganisationHistoryPage.Size);
    }
}
