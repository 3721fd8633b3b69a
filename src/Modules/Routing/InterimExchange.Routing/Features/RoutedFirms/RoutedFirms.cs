using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Routing.Features.RoutedFirms;

/// <summary>Who has the brief and what they answered, for the RPO whose brief it is.</summary>
internal sealed class RoutedFirmsHandler(RoutingDbContext db) : IQueryHandler<RoutedFirmsQuery, IReadOnlyList<RoutedFirmView>>
{
    public async Task<IReadOnlyList<RoutedFirmView>> HandleAsync(RoutedFirmsQuery query, CancellationToken cancellationToken) =>
        await db.RoutedFirms.AsNoTracking()
            .Where(r => r.BriefId == query.BriefId && db.Briefs.Any(b => b.BriefId == query.BriefId && b.RpoOrganisationId == query.By.OrganisationId))
            .OrderBy(r => r.Wave).ThenBy(r => r.FirmName)
            .Select(r => new RoutedFirmView(r.FirmId, r.FirmName, r.Channel, r.Wave, r.Note, r.RespondBy, r.ProposalsDue, r.RoutedAtUtc,
                r.Response, r.DeclineReason, r.ResponseNote, r.RespondedAtUtc))
            .ToListAsync(cancellationToken);
}
