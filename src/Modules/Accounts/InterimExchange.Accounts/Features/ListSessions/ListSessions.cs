using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.ListSessions;

/// <summary>The caller's signed-in browsers, newest first, for their settings.</summary>
internal sealed class ListSessionsHandler(Sessions sessions) : IQueryHandler<ListSessionsQuery, IReadOnlyList<SessionView>>
{
    public Task<IReadOnlyList<SessionView>> HandleAsync(ListSessionsQuery query, CancellationToken cancellationToken) =>
        sessions.OfAsync(query.By.UserId, query.SignedInAfterUtc, cancellationToken);
}
