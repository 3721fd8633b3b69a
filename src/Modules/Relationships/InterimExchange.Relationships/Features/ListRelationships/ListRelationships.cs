using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Features.ListRelationships;

/// <summary>The caller's relationships a page at a time through the indexes, each side reading its own due date, next step and cadence.</summary>
internal sealed class ListRelationshipsHandler(Parties parties, TimeProvider clock) : IQueryHandler<ListRelationshipsQuery, RelationshipPage>
{
    public async Task<RelationshipPage> HandleAsync(ListRelationshipsQuery query, CancellationToken cancellationToken)
    {
        var visible = parties.Visible(query.By).AsNoTracking();
        var total = await visible.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + Parties.PageSize - 1) / Parties.PageSize);
        var page = Math.Clamp(query.Page, 1, pages);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rpo = query.By.Party() == PartyKind.Rpo;
        // Each side reads its own due date and next step, never the other's. Overdue first (a null due date sorts last), then by name.
        var items = await (rpo
                ? visible.OrderBy(r => r.DueOn == null).ThenBy(r => r.DueOn).ThenBy(r => r.CounterpartName)
                    .Skip((page - 1) * Parties.PageSize).Take(Parties.PageSize)
                    .Select(r => new RelationshipSummary(r.Id, r.CounterpartName, r.Kind, r.LastContactAtUtc, r.DueOn, r.NextStep, r.NextStepOn, r.CadenceWeeks,
                        r.DueOn != null && r.DueOn <= today))
                : visible.OrderBy(r => r.CounterpartDueOn == null).ThenBy(r => r.CounterpartDueOn).ThenBy(r => r.RpoName)
                    .Skip((page - 1) * Parties.PageSize).Take(Parties.PageSize)
                    .Select(r => new RelationshipSummary(r.Id, r.RpoName, r.Kind, r.LastContactAtUtc, r.CounterpartDueOn, r.CounterpartNextStep, r.CounterpartNextStepOn,
                        r.CounterpartCadenceWeeks, r.CounterpartDueOn != null && r.CounterpartDueOn <= today)))
            .ToListAsync(cancellationToken);
        return new RelationshipPage(items, page, pages, total);
    }
}
