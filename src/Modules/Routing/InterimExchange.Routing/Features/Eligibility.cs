namespace InterimExchange.Routing.Features;

internal static class Eligibility
{
    /// <summary>
    /// The firms a brief can be routed to today, in the database: <see cref="DirectoryFirm.IsEligible"/>'s rule,
    /// leaving out the firms the RPO excluded for the brief's client.
    /// </summary>
    public static IQueryable<DirectoryFirm> EligibleFor(this RoutingDbContext db, RoutableBrief brief, DateOnly today) =>
        db.Firms.Where(f => !f.Suspended && !f.Expired && f.ValidUntil >= today && f.InsuranceExpiresOn >= today && f.OpenBriefs < f.Capacity
            && !db.Exclusions.Any(e => e.RpoOrganisationId == brief.RpoOrganisationId && e.ClientCompanyId == brief.ClientCompanyId && e.FirmId == f.FirmId));
}
