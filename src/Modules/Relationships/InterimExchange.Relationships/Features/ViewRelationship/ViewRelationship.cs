using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Features.ViewRelationship;

/// <summary>
/// One of the caller's relationships with a page of its timeline, newest first: what the other organisation wrote privately, and
/// its cadence and next step, never leave this query.
/// </summary>
internal sealed class ViewRelationshipHandler(RelationshipsDbContext db, Parties parties, TimeProvider clock) : IQueryHandler<ViewRelationshipQuery, RelationshipView?>
{
    public async Task<RelationshipView?> HandleAsync(ViewRelationshipQuery query, CancellationToken cancellationToken)
    {
        var viewer = query.By;
        var relationshipId = query.RelationshipId;
        var relationship = await parties.Visible(viewer).AsNoTracking().SingleOrDefaultAsync(r => r.Id == relationshipId, cancellationToken);
        if (relationship is null)
        {
            return null;
        }

        // What the other organisation wrote privately never leaves this query.
        var timeline = db.Timeline.AsNoTracking().Where(e => e.RelationshipId == relationshipId && (e.PrivateTo == null || e.PrivateTo == viewer.OrganisationId));
        var total = await timeline.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + Parties.PageSize - 1) / Parties.PageSize);
        var timelinePage = Math.Clamp(query.TimelinePage, 1, pages);
        var entries = await timeline.OrderByDescending(e => e.AtUtc).Skip((timelinePage - 1) * Parties.PageSize).Take(Parties.PageSize)
            .Select(e => new TimelineItem(e.AtUtc, e.Kind, e.Text, e.PrivateTo != null, e.ConversationId))
            .ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var conversations = await parties.Conversations(viewer).AsNoTracking().Where(c => c.RelationshipId == relationshipId)
            .OrderByDescending(c => c.RequestedAtUtc).Take(10).ToListAsync(cancellationToken);
        var rpo = viewer.Party() == PartyKind.Rpo;
        var own = relationship.Own(Parties.SideOf(viewer));
        return new RelationshipView(relationship.Id, relationship.RpoOrganisationId, relationship.RpoName, relationship.CounterpartId, relationship.CounterpartName,
            relationship.Kind, rpo, own.CadenceWeeks, relationship.StartedAtUtc, relationship.LastContactAtUtc, own.DueOn, own.NextStep,
            own.NextStepOn, rpo && relationship.IsDue(today) ? Relationship.Reason(relationship.Highlight, relationship.LastContactAtUtc, relationship.StartedAtUtc) : null,
            conversations.Select(c => ProposedTimes.Summary(c, viewer, today)).ToList(), entries, timelinePage, pages);
    }
}
