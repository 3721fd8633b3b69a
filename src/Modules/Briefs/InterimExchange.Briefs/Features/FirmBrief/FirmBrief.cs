using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.FirmBrief;

/// <summary>
/// A brief as firms may read it. The projection never selects the commercial section, so it cannot leak
/// through any page or contract built on it; the client's name is withheld when the brief is confidential.
/// </summary>
internal sealed class FirmBriefHandler(BriefsDbContext db) : IQueryHandler<FirmBriefQuery, FirmBriefView?>
{
    public async Task<FirmBriefView?> HandleAsync(FirmBriefQuery query, CancellationToken cancellationToken)
    {
        var row = await (
            from b in db.Briefs.AsNoTracking()
            join c in db.ClientCompanies.AsNoTracking() on b.Details.ClientCompanyId equals c.Id
            where b.Id == query.BriefId
            select new { b.Id, b.Details, b.Status, b.Briefing, ClientName = c.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var d = row.Details;
        var briefing = row.Briefing;
        return new FirmBriefView(row.Id, d.RoleTitle, d.Confidential ? null : row.ClientName, d.Sector, d.Function, d.Seniority,
            d.Location, d.Region, d.RemotePolicy, d.ExpectedStart, d.DurationMonths, row.Status,
            briefing.SuccessCriteria.Select(c => new CriterionInput(c.Outcome, c.Measure, c.Horizon)).ToList(),
            briefing.Situation, briefing.WhyNow, briefing.Mandate, briefing.DecisionRights, briefing.Team, briefing.KeyStakeholders,
            briefing.MustHaves, briefing.DealBreakers, briefing.OnSiteDaysPerWeek, briefing.Travel);
    }
}
