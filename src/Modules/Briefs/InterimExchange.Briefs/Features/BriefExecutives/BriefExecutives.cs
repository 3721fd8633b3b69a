using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.BriefExecutives;

/// <summary>The executives holding a live invitation to the brief, with their client company's organisation.</summary>
internal sealed class BriefExecutivesHandler(BriefsDbContext db) : IQueryHandler<BriefExecutivesQuery, IReadOnlyList<BriefExecutive>>
{
    public async Task<IReadOnlyList<BriefExecutive>> HandleAsync(BriefExecutivesQuery query, CancellationToken cancellationToken) =>
        await (
            from i in db.BriefingInvitations.AsNoTracking()
            join b in db.Briefs.AsNoTracking() on i.BriefId equals b.Id
            join c in db.ClientCompanies.AsNoTracking() on b.Details.ClientCompanyId equals c.Id
            where i.BriefId == query.BriefId && i.ExecutiveUserId != null && i.RevokedAtUtc == null
            select new BriefExecutive(i.ExecutiveUserId!.Value, c.OrganisationId))
            .Distinct()
            .ToListAsync(cancellationToken);
}
