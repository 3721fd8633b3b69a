using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.ListBriefs;

/// <summary>An RPO's briefs, newest first, filtered by status and searched by role title or client, one page at a time.</summary>
internal sealed class ListBriefsHandler(BriefsDbContext db) : IQueryHandler<ListBriefsQuery, BriefPage>
{
    public async Task<BriefPage> HandleAsync(ListBriefsQuery query, CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(query.PageSize, 5, 100);
        var briefs = db.Briefs.AsNoTracking().Where(b => b.RpoOrganisationId == query.RpoId);
        if (query.Status is { } status)
        {
            briefs = briefs.Where(b => b.Status == status);
        }

        var rows =
            from brief in briefs
            join client in db.ClientCompanies.AsNoTracking() on brief.Details.ClientCompanyId equals client.Id
            select new { brief, client.Name };
        var search = !string.IsNullOrWhiteSpace(query.Search);
        if (search)
        {
            var pattern = $"%{query.Search!.Trim().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
            rows = rows.Where(r => EF.Functions.Like(r.brief.Details.RoleTitle, pattern) || EF.Functions.Like(r.Name, pattern));
        }

        // Without a search the count reads the RPO's index alone: every brief has its client, so the join would only slow it.
        var newestFirst = rows.OrderByDescending(r => r.brief.CreatedAtUtc);
        var total = await (search
            ? newestFirst.CountForPageAsync(query.Page, pageSize, cancellationToken)
            : briefs.OrderByDescending(b => b.CreatedAtUtc).CountForPageAsync(query.Page, pageSize, cancellationToken));
        // A page past the last shows the last; a page number past what was counted never reaches the database as an offset.
        var page = total.ClampPage(query.Page, pageSize);
        var items = await newestFirst
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(r => new BriefListItem(r.brief.Id, r.brief.Details.RoleTitle, r.Name, r.brief.Status, r.brief.CreatedAtUtc, r.brief.Details.ExpectedStart))
            .ToListAsync(cancellationToken);
        return new BriefPage(items, page, pageSize, total);
    }
}
