using System.Globalization;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;

namespace InterimExchange.Relationships.Features;

/// <summary>Finding or beginning the relationship an event is about: shared by the timeline's consumers and the demo data.</summary>
internal static class Timelines
{
    public static string Month(DateTime atUtc) => atUtc.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public static async Task<Relationship> RelationshipAsync(this RelationshipsDbContext db, IAccounts accounts, Guid rpoId, Guid counterpartId, CounterpartKind kind,
        string counterpartName, Guid? ownerId, DateTime atUtc, CancellationToken cancellationToken)
    {
        var relationship = await db.Relationships.SingleOrDefaultAsync(r => r.RpoOrganisationId == rpoId && r.CounterpartId == counterpartId, cancellationToken)
            ?? db.Relationships.Local.SingleOrDefault(r => r.RpoOrganisationId == rpoId && r.CounterpartId == counterpartId);
        if (relationship is null)
        {
            relationship = new Relationship(rpoId, await accounts.AskAsync(new OrganisationNameQuery(rpoId), cancellationToken) ?? "", counterpartId, kind, counterpartName, ownerId, atUtc);
            db.Relationships.Add(relationship);
        }
        else if (ownerId is { } owner)
        {
            relationship.OwnedBy(owner);
        }

        return relationship;
    }

    /// <summary>The relationship of a brief routed to a firm, found through the routing it began with.</summary>
    public static Task<Relationship?> OfRoutedBriefAsync(this RelationshipsDbContext db, Guid briefId, Guid firmId, CancellationToken cancellationToken) =>
        db.Relationships.Where(r => db.RoutedBriefs.Any(b => b.BriefId == briefId && b.FirmId == firmId && b.RelationshipId == r.Id)).SingleOrDefaultAsync(cancellationToken);
}

/// <summary>
/// A brief's client, found once through the Briefs contract: the briefing submitted (or, for older briefs, the brief confirmed)
/// begins the RPO's relationship with the client, whose executive can then be asked for a conversation, a clarification too.
/// </summary>
internal static class BriefClients
{
    public static async Task<Relationship?> ClientRelationshipAsync(this RelationshipsDbContext db, IAccounts accounts, IBriefs briefs, Guid rpoId, Guid briefId,
        DateTime atUtc, CancellationToken cancellationToken)
    {
        if (await db.BriefClients.AsNoTracking().SingleOrDefaultAsync(b => b.BriefId == briefId, cancellationToken) is { } known)
        {
            return await db.Relationships.SingleOrDefaultAsync(r => r.RpoOrganisationId == known.RpoOrganisationId && r.CounterpartId == known.ClientOrganisationId,
                cancellationToken);
        }

        var brief = await briefs.AskAsync(new ReviewBriefQuery(rpoId, briefId), cancellationToken);
        var client = brief is null ? null : await briefs.AskAsync(new ClientCompanyDetailsQuery(rpoId, brief.ClientCompanyId), cancellationToken);
        if (brief is null || client is null)
        {
            return null;
        }

        var relationship = await db.RelationshipAsync(accounts, rpoId, client.OrganisationId, CounterpartKind.Client, client.Name, null, atUtc, cancellationToken);
        db.BriefClients.Add(new BriefClient(briefId, rpoId, client.OrganisationId, brief.RoleTitle));
        return relationship;
    }
}
