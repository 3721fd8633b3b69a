using InterimExchange.BuildingBlocks.UseCases;
using InterimExchange.Routing.Contracts;

namespace InterimExchange.Insights.Features.FirmTrackRecords;

/// <summary>Firms' track records, counted in the database from the facts; only the medians read single values.</summary>
internal sealed class FirmTrackRecordsHandler(InsightsDbContext db) : IQueryHandler<FirmTrackRecordsQuery, IReadOnlyDictionary<Guid, FirmTrackRecord>>
{
    private const int NamedFirms = 100;

    public async Task<IReadOnlyDictionary<Guid, FirmTrackRecord>> HandleAsync(FirmTrackRecordsQuery query, CancellationToken cancellationToken)
    {
        var ids = query.FirmIds.Distinct().ToList();
        var routed = db.Routings.AsNoTracking().Where(r => r.RoutedAtUtc != null && r.Channel == RoutingChannel.SpecialistFirm);
        var reviewed = db.Reviews.AsNoTracking();
        // A page asks for a few firms by name; a recommendation asks for thousands, and naming thousands in SQL costs more than
        // counting every firm's facts (which grow with the platform's briefs, not with the question).
        if (ids.Count <= NamedFirms)
        {
            routed = routed.Where(r => ids.Contains(r.FirmId));
            reviewed = reviewed.Where(r => ids.Contains(r.FirmId));
        }

        var counts = await routed.GroupBy(r => r.FirmId)
            .Select(g => new
            {
                FirmId = g.Key,
                Received = g.Count(),
                InTime = g.Count(r => r.AnsweredByRespondBy),
                Answered = g.Count(r => r.RespondedAtUtc != null),
                Interested = g.Count(r => r.Interested),
                Proposed = g.Count(r => r.Proposed),
                Shortlisted = g.Count(r => r.Shortlisted),
                Selected = g.Count(r => r.Selected),
                Engaged = g.Count(r => r.Engaged),
            })
            .ToDictionaryAsync(c => c.FirmId, cancellationToken);
        var minutes = (await routed.Where(r => r.MinutesToAnswer != null).Select(r => new { r.FirmId, Minutes = r.MinutesToAnswer!.Value }).ToListAsync(cancellationToken))
            .ToLookup(r => r.FirmId, r => r.Minutes);
        var reviews = (await reviewed.Select(r => new { r.FirmId, r.EngagementId, r.HalfPoints })
            .ToListAsync(cancellationToken)).ToLookup(r => r.FirmId);

        return ids.ToDictionary(id => id, id =>
        {
            if (!counts.TryGetValue(id, out var c))
            {
                return FirmTrackRecord.None(id);
            }

            var criteria = reviews[id].ToList();
            var median = Spread.Of(minutes[id]).Median;
            return new FirmTrackRecord(id, c.Received, new Share(c.InTime, c.Received), median is null ? null : TimeSpan.FromMinutes(median.Value), c.Answered,
                c.Interested, c.Proposed, new Share(c.Shortlisted, c.Proposed), new Share(c.Selected, c.Proposed), c.Engaged,
                new Share(criteria.Sum(r => r.HalfPoints) / 2m, criteria.Count), criteria.Select(r => r.EngagementId).Distinct().Count());
        });
    }
}
