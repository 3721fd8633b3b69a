namespace InterimExchange.Relationships.Features;

/// <summary>The briefs a relationship is about, offered when a conversation is asked for and checked when it is.</summary>
internal static class RelationshipBriefs
{
    /// <summary>Those routed to the firm, or confirmed for the client.</summary>
    public static IQueryable<BriefChoice> BriefsOf(this RelationshipsDbContext db, Relationship relationship) => relationship.Kind == CounterpartKind.Firm
        ? db.RoutedBriefs.Where(r => r.RelationshipId == relationship.Id).OrderBy(r => r.RoleTitle).Select(r => new BriefChoice(r.BriefId, r.RoleTitle))
        : db.BriefClients.Where(c => c.RpoOrganisationId == relationship.RpoOrganisationId && c.ClientOrganisationId == relationship.CounterpartId)
            .OrderBy(c => c.RoleTitle).Select(c => new BriefChoice(c.BriefId, c.RoleTitle));
}
