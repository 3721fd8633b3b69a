namespace InterimExchange.Briefs.Features;

/// <summary>A change to one of an RPO's briefs, found within the RPO's tenancy, run through the one shape of a change.</summary>
internal static class BriefChanges
{
    public static Task<Brief?> OfRpoAsync(this DbSet<Brief> briefs, Guid rpoId, Guid briefId, CancellationToken cancellationToken) =>
        briefs.SingleOrDefaultAsync(b => b.Id == briefId && b.RpoOrganisationId == rpoId, cancellationToken);

    public static Task<Result> ApplyAsync(this Changes<BriefsDbContext> changes, BriefsDbContext db, Caller by, Guid briefId,
        Func<Brief, DateTime, object?> change, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.Briefs.OfRpoAsync(by.OrganisationId, briefId, c), change, cancellationToken);

    /// <summary>A change to a brief the caller has already found (and checked the caller may change).</summary>
    public static Task<Result> ApplyAsync(this Changes<BriefsDbContext> changes, Brief brief, Func<Brief, DateTime, object?> change,
        CancellationToken cancellationToken) =>
        changes.ApplyAsync(_ => Task.FromResult<Brief?>(brief), change, cancellationToken);
}

internal static class BriefEventData
{
    public static Contracts.IntegrationEvents.BriefConfirmed Confirmed(this Brief brief, DateTime nowUtc)
    {
        var d = brief.Details;
        return new(brief.Id, brief.RpoOrganisationId, d.RoleTitle,
            new Contracts.IntegrationEvents.RoutingFacts(d.ClientCompanyId, d.Sector, d.Function, d.Seniority, d.Region, d.Confidential), brief.Criteria(), nowUtc);
    }

    public static IReadOnlyList<Contracts.IntegrationEvents.SuccessCriterionData> Criteria(this Brief brief) =>
        brief.Briefing.SuccessCriteria.Where(c => !c.IsBlank)
            .Select((c, i) => new Contracts.IntegrationEvents.SuccessCriterionData(i + 1, c.Outcome, c.Measure, c.Horizon!.Value.Describe()))
            .ToList();
}
