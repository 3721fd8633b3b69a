using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Features.ConversationOptions;

/// <summary>What the request form offers the caller: the people of the other side, the relationship's briefs, and for a firm those whose client executive it may ask to meet.</summary>
internal sealed class ConversationOptionsHandler(RelationshipsDbContext db, Parties parties, TimeProvider clock)
    : IQueryHandler<ConversationOptionsQuery, Contracts.ConversationOptions?>
{
    public async Task<Contracts.ConversationOptions?> HandleAsync(ConversationOptionsQuery query, CancellationToken cancellationToken)
    {
        var viewer = query.By;
        var party = viewer.Party();
        var visible = parties.Visible(viewer).AsNoTracking();
        // Asked from a brief's page: a firm's relationship is the one the brief was routed in, a coordinator's the one with its client.
        var relationship = query.RelationshipId == Guid.Empty && query.BriefId is { } brief
            ? party == PartyKind.Firm
                ? await visible.SingleOrDefaultAsync(r => db.RoutedBriefs.Any(b => b.BriefId == brief && b.FirmId == viewer.OrganisationId && b.RelationshipId == r.Id),
                    cancellationToken)
                : await visible.SingleOrDefaultAsync(r => db.BriefClients.Any(c => c.BriefId == brief && c.RpoOrganisationId == r.RpoOrganisationId
                    && c.ClientOrganisationId == r.CounterpartId), cancellationToken)
            : await visible.SingleOrDefaultAsync(r => r.Id == query.RelationshipId, cancellationToken);
        if (relationship is null)
        {
            return null;
        }

        var people = await parties.OtherSideAsync(viewer, relationship, cancellationToken);
        var briefs = await db.BriefsOf(relationship).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new Contracts.ConversationOptions(relationship.Id, party == PartyKind.Rpo ? relationship.CounterpartName : relationship.RpoName,
            people.Select(p => new Contact(p.UserId, p.Name, p.OrganisationName)).ToList(), briefs,
            party == PartyKind.Firm ? briefs : [], Conversation.UsualRespondBy(today));
    }
}
