namespace InterimExchange.Briefs.Features.ListBriefs;

/// <summary>An RPO's briefs, newest first, filtered by status and searched by role title or client, one page at a time.</summary>
internal sealed class ListBriefsHandler(BriefsDbContext db)
{
    public async Task<BriefPage> ListAsync(BriefQuery query, CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(query.PageSize, 5, 100);
        var rows =
            from brief in db.Briefs.AsNoTracking()
            join client in db.ClientCompanies.AsNoTracking() on brief.Details.ClientCompanyId equals client.Id
            where brief.RpoOrganisationId == query.RpoId
            select new { brief, client.Name };

        if (query.Status is { } status)
        {
            rows = rows.Where(r => r.brief.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = $"%{query.Search.Trim().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
            rows = rows.Where(r => EF.Functions.Like(r.brief.Details.RoleTitle, pattern) || EF.Functions.Like(r.Name, pattern));
        }

        var total = await rows.CountAsync(cancellationToken);
        // A page past the last shows the last; a page number of any size never reaches the database as an offset.
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = await rows
            .OrderByDescending(r => r.brief.CreatedAtUtc)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(r => new BriefListItem(r.brief.Id, r.brief.Details.RoleTitle, r.Name, r.brief.Status, r.brief.CreatedAtUtc, r.brief.Details.ExpectedStart))
            .ToListAsync(cancellationToken);
        return new BriefPage(items, page, pageSize, total);
    }
}
