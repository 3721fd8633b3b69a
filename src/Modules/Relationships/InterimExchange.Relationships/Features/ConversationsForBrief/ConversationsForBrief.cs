using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Features.ConversationsForBrief;

/// <summary>The conversations about one brief the caller can see, newest first, at most 50.</summary>
internal sealed class ConversationsForBriefHandler(Parties parties, TimeProvider clock) : IQueryHandler<ConversationsForBriefQuery, IReadOnlyList<ConversationSummary>>
{
    public async Task<IReadOnlyList<ConversationSummary>> HandleAsync(ConversationsForBriefQuery query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var items = await parties.Conversations(query.By).AsNoTracking().Where(c => c.BriefId == query.BriefId).OrderByDescending(c => c.RequestedAtUtc).Take(50)
            .ToListAsync(cancellationToken);
        return items.Select(c => ProposedTimes.Summary(c, query.By, today)).ToList();
    }
}
