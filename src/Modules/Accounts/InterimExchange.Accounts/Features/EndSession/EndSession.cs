using InterimExchange.BuildingBlocks.Scheduling;

namespace InterimExchange.Accounts.Features.EndSession;

/// <summary>A person ends one of their sessions from their settings (a browser left signed in elsewhere); it is signed out at its next request.</summary>
internal sealed class EndSessionHandler(AccountsDbContext db, Sessions sessions, ChangedAccounts changedAccounts)
{
    public async Task<Result> HandleAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        if (!await db.Sessions.AnyAsync(s => s.Id == sessionId && s.UserId == userId && s.EndedAtUtc == null, cancellationToken))
        {
            return Result.NotFound();
        }

        await sessions.EndAsync([sessionId], cancellationToken);
        changedAccounts.Changed(userId);
        return Result.Success;
    }

    public Task<IReadOnlyList<SessionView>> ListAsync(Guid userId, DateTime signedInAfterUtc, CancellationToken cancellationToken) =>
        sessions.OfAsync(userId, signedInAfterUtc, cancellationToken);
}

/// <summary>Forgets sessions signed in longer ago than any cookie lives.</summary>
internal sealed class SessionPruning(Sessions sessions) : IScheduledWork
{
    public Task<int> RunAsync(CancellationToken cancellationToken) => sessions.PruneAsync(cancellationToken);
}
