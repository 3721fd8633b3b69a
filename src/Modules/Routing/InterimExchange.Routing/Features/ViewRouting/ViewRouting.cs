namespace InterimExchange.Routing.Features.ViewRouting;

/// <summary>What the routing page shows beside the recommendations: who has the brief and what they answered, eligible firms by name, and the client's exclusions.</summary>
internal sealed class ViewRoutingHandler(RoutingDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ExclusionView>> ExclusionsAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken) =>
        await db.Exclusions.AsNoTracking()
            .Where(e => e.RpoOrganisationId == rpoId
                && db.Briefs.Any(b => b.BriefId == briefId && b.RpoOrganisationId == rpoId && b.ClientCompanyId == e.ClientCompanyId))
            .OrderBy(e => e.FirmName)
            .Select(e => new ExclusionView(e.FirmId, e.FirmName, e.Reason, e.ExcludedBy, e.ExcludedAtUtc))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<RoutedFirmView>> RoutedFirmsAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken) =>
        await db.RoutedFirms.AsNoTracking()
            .Where(r => r.BriefId == briefId && db.Briefs.Any(b => b.BriefId == briefId && b.RpoOrganisationId == rpoId))
            .OrderBy(r => r.Wave).ThenBy(r => r.FirmName)
            .Select(r => new RoutedFirmView(r.FirmId, r.FirmName, r.Channel, r.Wave, r.Note, r.RespondBy, r.ProposalsDue, r.RoutedAtUtc,
                r.Response, r.DeclineReason, r.ResponseNote, r.RespondedAtUtc))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<EligibleFirm>> SearchEligibleAsync(Guid rpoId, Guid briefId, string name, CancellationToken cancellationToken)
    {
        var brief = await db.Briefs.AsNoTracking().SingleOrDefaultAsync(b => b.BriefId == briefId && b.RpoOrganisationId == rpoId, cancellationToken);
        if (brief is null || string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var pattern = $"%{name.Trim().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
        return await db.EligibleFor(brief, today).AsNoTracking()
            .Where(f => EF.Functions.Like(f.Name, pattern))
            .OrderBy(f => f.Name)
            .Take(20)
            .Select(f => new EligibleFirm(f.FirmId, f.Name))
            .ToListAsync(cancellationToken);
    }
}
