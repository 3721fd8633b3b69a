using FluentValidation;
using InterimExchange.BuildingBlocks.Scheduling;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.EndSession;

/// <summary>No rules: the session's id is the only input, and one not of the caller's is not found.</summary>
internal sealed class EndSessionValidator : AbstractValidator<EndSessionCommand>;

/// <summary>A person ends one of their sessions from their settings (a browser left signed in elsewhere); it is signed out at its next request.</summary>
internal sealed class EndSessionHandler(AccountsDbContext db, Sessions sessions, ChangedAccounts changedAccounts) : ICommandHandler<EndSessionCommand>
{
    public async Task<Result> HandleAsync(EndSessionCommand command, CancellationToken cancellationToken)
    {
        var userId = command.By.UserId;
        if (!await db.Sessions.AnyAsync(s => s.Id == command.SessionId && s.UserId == userId && s.EndedAtUtc == null, cancellationToken))
        {
            return Result.NotFound();
        }

        await sessions.EndAsync([command.SessionId], cancellationToken);
        changedAccounts.Changed(userId);
        return Result.Success;
    }
}

/// <summary>Forgets sessions signed in longer ago than any cookie lives.</summary>
internal sealed class SessionPruning(Sessions sessions) : IScheduledWork
{
    public Task<int> RunAsync(CancellationToken cancellationToken) => sessions.PruneAsync(cancellationToken);
}
