namespace InterimExchange.Web.Areas.Rpo.Pages;

/// <summary>
/// What the caller's RPO has promised and not yet kept: its board of decisions owed to firms and reviews due on engagements
/// (Proposals), and the requests for a conversation awaiting its answer (Relationships). The home page and the decisions page
/// show the same board.
/// </summary>
public sealed record PromisesOwed(DecisionBoard Board, ConversationsOwed Conversations)
{
    /// <summary>
    /// Ghosting: every promise past its date without an outcome or an answer (<see cref="BuildingBlocks.Time.Promise"/>): the
    /// decisions and reviews Proposals counts, and the requests Relationships counts. Each module counts its own; this is the one sum.
    /// </summary>
    public int Ghosting => Board.Overdue + Conversations.Overdue;

    public static async Task<PromisesOwed> AskAsync(IProposals proposals, IRelationships relationships, Caller by, CancellationToken cancellationToken) =>
        new(await proposals.AskAsync(new ViewDecisionsQuery(by), cancellationToken), await relationships.AskAsync(new OwedConversationsQuery(by), cancellationToken));
}
