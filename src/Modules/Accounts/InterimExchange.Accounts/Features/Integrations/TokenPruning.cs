using InterimExchange.BuildingBlocks.Scheduling;
using OpenIddict.Abstractions;

namespace InterimExchange.Accounts.Features.Integrations;

/// <summary>
/// Every hour, removes the tokens and authorizations that expired or were revoked more than a day ago, and the API answers kept
/// for an idempotency key longer than their day.
/// </summary>
internal sealed class TokenPruning(AccountsDbContext db, IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, TimeProvider clock)
    : IScheduledWork
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var answersBefore = now.UtcDateTime - IdempotentAnswer.Lifetime;
        var answers = await db.IdempotentAnswers.Where(a => a.AnsweredAtUtc <= answersBefore).ExecuteDeleteAsync(cancellationToken);
        return (int)(await tokens.PruneAsync(now.AddDays(-1), cancellationToken) + await authorizations.PruneAsync(now.AddDays(-1), cancellationToken)) + answers;
    }
}
