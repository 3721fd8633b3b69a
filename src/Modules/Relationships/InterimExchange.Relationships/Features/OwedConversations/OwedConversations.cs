using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Features.OwedConversations;

/// <summary>The requests awaiting the caller's side, soonest respond-by first: one query, at most 50 shown.</summary>
internal sealed class OwedConversationsHandler(RelationshipsDbContext db, TimeProvider clock) : IQueryHandler<OwedConversationsQuery, ConversationsOwed>
{
    public async Task<ConversationsOwed> HandleAsync(OwedConversationsQuery query, CancellationToken cancellationToken)
    {
        var viewer = query.By;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var client = viewer.Party() == PartyKind.Client;
        var owed = db.Conversations.AsNoTracking().Where(c => c.State == ConversationState.Requested && c.AwaitingOrganisationId == viewer.OrganisationId
            && (!client || c.AwaitingUserId == viewer.UserId));
        var items = await owed.OrderBy(c => c.RespondBy).Take(50).ToListAsync(cancellationToken);
        // Promise.IsBroken said to the database: a request still awaiting its answer, its respond-by date before today.
        var overdue = await owed.CountAsync(c => c.RespondBy < today, cancellationToken);
        return new ConversationsOwed(items.Select(c => ProposedTimes.Summary(c, viewer, today)).ToList(), overdue);
    }
}
