using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Features.KeepInTouch;

/// <summary>The caller's RPO's relationships past their cadence, soonest overdue first, a page at a time, each with a reason to reach out.</summary>
internal sealed class KeepInTouchHandler(RelationshipsDbContext db, TimeProvider clock) : IQueryHandler<KeepInTouchQuery, KeepInTouchPage>
{
    public async Task<KeepInTouchPage> HandleAsync(KeepInTouchQuery query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var due = db.Relationships.AsNoTracking().Where(r => r.RpoOrganisationId == query.By.OrganisationId && r.DueOn != null && r.DueOn <= today);
        var total = await due.CountAsync(cancellationToken);
        var rows = await due.OrderBy(r => r.DueOn).ThenBy(r => r.CounterpartName)
            .Skip((Math.Max(1, query.Page) - 1) * query.PageSize).Take(query.PageSize)
            .Select(r => new { r.Id, r.CounterpartName, r.Kind, DueOn = r.DueOn!.Value, r.Highlight, r.LastContactAtUtc, r.StartedAtUtc })
            .ToListAsync(cancellationToken);
        return new KeepInTouchPage(rows.Select(r => new KeepInTouchItem(r.Id, r.CounterpartName, r.Kind, r.DueOn, today.DayNumber - r.DueOn.DayNumber,
            Relationship.Reason(r.Highlight, r.LastContactAtUtc, r.StartedAtUtc))).ToList(), total);
    }
}
