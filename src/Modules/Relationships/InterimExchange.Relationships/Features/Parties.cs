using InterimExchange.Accounts.Contracts;
using InterimExchange.BuildingBlocks.Time;

namespace InterimExchange.Relationships.Features;

/// <summary>Who is on which side of a relationship, found within the caller's tenancy: the one place the module decides who may reach whom.</summary>
internal sealed class Parties(RelationshipsDbContext db, IAccounts accounts)
{
    /// <summary>How many relationships, or timeline entries, a page shows.</summary>
    public const int PageSize = 25;

    /// <summary>The viewer's relationships: an RPO's all, a firm's or a client company's those with it.</summary>
    public IQueryable<Relationship> Visible(Caller viewer)
    {
        var party = viewer.Party();
        var counterpart = party == PartyKind.Firm ? CounterpartKind.Firm : CounterpartKind.Client;
        return party == PartyKind.Rpo
            ? db.Relationships.Where(r => r.RpoOrganisationId == viewer.OrganisationId)
            : db.Relationships.Where(r => r.CounterpartId == viewer.OrganisationId && r.Kind == counterpart);
    }

    /// <summary>The side the viewer is on: an RPO's people the RPO's, everyone else the firm's or client's it works with.</summary>
    public static Side SideOf(Caller viewer) => viewer.Party() == PartyKind.Rpo ? Side.Rpo : Side.Counterpart;

    /// <summary>The conversations the viewer takes part in: an RPO's all, a firm's those of its relationships, a client executive's their own.</summary>
    public IQueryable<Conversation> Conversations(Caller viewer) => viewer.Party() switch
    {
        PartyKind.Rpo => db.Conversations.Where(c => c.RpoOrganisationId == viewer.OrganisationId),
        PartyKind.Firm => db.Conversations.Where(c => c.CounterpartId == viewer.OrganisationId),
        _ => db.Conversations.Where(c => c.RequesterUserId == viewer.UserId || c.ResponderUserId == viewer.UserId || c.GuestUserId == viewer.UserId),
    };

    /// <summary>The people of the other side the viewer may ask: the firm's or client's people for an RPO, the RPO's coordinators for the others.</summary>
    public async Task<IReadOnlyList<Person>> OtherSideAsync(Caller viewer, Relationship relationship, CancellationToken cancellationToken)
    {
        var (organisationId, name, kind) = viewer.Party() == PartyKind.Rpo
            ? (relationship.CounterpartId, relationship.CounterpartName, relationship.Kind == CounterpartKind.Firm ? PartyKind.Firm : PartyKind.Client)
            : (relationship.RpoOrganisationId, relationship.RpoName, PartyKind.Rpo);
        return await PeopleAsync(organisationId, name, kind, cancellationToken);
    }

    public async Task<IReadOnlyList<Person>> PeopleAsync(Guid organisationId, string organisationName, PartyKind kind, CancellationToken cancellationToken) =>
        (await accounts.AskAsync(new MembersQuery(organisationId), cancellationToken))
        .Select(m => new Person(m.UserId, organisationId, m.DisplayName, m.Email, organisationName, kind, LocalTimes.IsKnown(m.TimeZone) ? m.TimeZone : LocalTimes.DefaultZone))
        .ToList();

    /// <summary>The executives of the client a brief is for: whom the coordinator brings into a firm's conversation about it.</summary>
    public async Task<IReadOnlyList<Person>> ClientExecutivesAsync(Guid? briefId, CancellationToken cancellationToken)
    {
        var client = briefId is null ? null : await db.BriefClients.AsNoTracking().SingleOrDefaultAsync(c => c.BriefId == briefId, cancellationToken);
        return client is null ? [] : await PeopleAsync(client.ClientOrganisationId, await accounts.AskAsync(new OrganisationNameQuery(client.ClientOrganisationId), cancellationToken) ?? "", PartyKind.Client,
            cancellationToken);
    }
}
