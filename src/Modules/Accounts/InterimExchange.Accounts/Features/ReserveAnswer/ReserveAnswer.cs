using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.ReserveAnswer;

/// <summary>No rules: the API's idempotency layer has checked the key's length, and sends the client, method and path it runs.</summary>
internal sealed class ReserveAnswerValidator : AbstractValidator<ReserveAnswerCommand>;

/// <summary>
/// The key's row is inserted first: the primary key (caller, key) lets one request of two at once insert it, and only that one
/// runs. A key used again after its day, or held by a request that never finished (the process stopped), starts afresh.
/// </summary>
internal sealed class ReserveAnswerHandler(AccountsDbContext db, Changes<AccountsDbContext> changes, TimeProvider clock) : ICommandHandler<ReserveAnswerCommand>
{
    public async Task<Result> HandleAsync(ReserveAnswerCommand command, CancellationToken cancellationToken)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var expired = nowUtc - IdempotentAnswer.Lifetime;
        var abandoned = nowUtc - IdempotentAnswer.LongestRun;
        await db.IdempotentAnswers
            .Where(a => a.ClientId == command.Caller && a.Key == command.Key
                && (a.AnsweredAtUtc < expired || (a.StatusCode == 0 && a.AnsweredAtUtc < abandoned)))
            .ExecuteDeleteAsync(cancellationToken);
        try
        {
            return await changes.ApplyAsync(object? (now) =>
            {
                db.IdempotentAnswers.Add(IdempotentAnswer.Reserve(command.Caller, command.Key, command.Method, command.Path, now));
                return null;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Result.Failure("", "Another request holds this Idempotency-Key.");
        }
    }
}
