using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.FirmNetwork.Features.ListFirms;

/// <summary>The firms of the network by name, all or those of one status, for the vetting officers.</summary>
internal sealed class ListFirmsHandler(FirmNetworkDbContext db) : IQueryHandler<ListFirmsQuery, IReadOnlyList<FirmListItem>>
{
    public async Task<IReadOnlyList<FirmListItem>> HandleAsync(ListFirmsQuery query, CancellationToken cancellationToken) =>
        await db.Firms.AsNoTracking()
            .Where(f => query.By.Kind == OrganisationKind.Platform)
            .Where(f => query.Status == null || f.Status == query.Status)
            .OrderBy(f => f.Name).Take(500)
            .ToListItems()
            .ToListAsync(cancellationToken);
}
