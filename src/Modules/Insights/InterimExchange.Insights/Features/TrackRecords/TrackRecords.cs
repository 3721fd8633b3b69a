using InterimExchange.Routing.Contracts;

namespace InterimExchange.Insights.Features.TrackRecords;

/// <summary>Both track records, counted in the database from the facts; only the medians read single values.</summary>
internal sealed class TrackRecords(InsightsDbContext db, TimeProvider clock) : ITrackRecords
{
    private const int NamedFirms = 100;

    public async Task<IReadOnlyDictionary<Guid, FirmTrackRecord>> FirmsAsync(IReadOnlyCollection<Guid> firmIds, CancellationToken cancellationToken)
    {
        var ids = firmIds.Distinct().ToList();
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
            var median = Median(minutes[id]);
            return new FirmTrackRecord(id, c.Received, new Share(c.InTime, c.Received), median is null ? null : TimeSpan.FromMinutes(median.Value), c.Answered,
                c.Interested, c.Proposed, new Share(c.Shortlisted, c.Proposed), new Share(c.Selected, c.Proposed), c.Engaged,
                new Share(criteria.Sum(r => r.HalfPoints) / 2m, criteria.Count), criteria.Select(r => r.EngagementId).Distinct().Count());
        });
    }

    public async Task<PromiseRecord> PromisesAsync(Guid rpoOrganisationId, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var since = today.AddYears(-1);
        var promises = db.Promises.AsNoTracking().Where(p => p.RpoOrganisationId == rpoOrganisationId);
        var given = promises.Where(p => p.GivenOn >= since);
        var counts = await given.GroupBy(p => 1)
            .Select(g => new { Given = g.Count(), Kept = g.Count(p => p.Kept), NotProgressed = g.Count(p => p.NotProgressed), Personal = g.Count(p => p.NotProgressed && p.Personal) })
            .SingleOrDefaultAsync(cancellationToken);
        var late = await given.Where(p => !p.Kept).Select(p => new { p.DecisionBy, GivenOn = p.GivenOn!.Value }).ToListAsync(cancellationToken);
        var pastDate = await promises.CountAsync(p => p.GivenOn == null && p.DecisionBy < today, cancellationToken);
        return new PromiseRecord(rpoOrganisationId, new Share(counts?.Kept ?? 0, counts?.Given ?? 0), Median(late.Select(l => l.GivenOn.DayNumber - l.DecisionBy.DayNumber)),
            pastDate, new Share(counts?.Personal ?? 0, counts?.NotProgressed ?? 0));
    }

    private static int? Median(IEnumerable<int> values) => Spread.Of(values).Median;
}
