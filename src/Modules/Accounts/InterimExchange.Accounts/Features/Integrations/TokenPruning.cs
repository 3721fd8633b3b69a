using InterimExchange.BuildingBlocks.Scheduling;
using OpenIddict.Abstractions;

namespace InterimExchange.Accounts.Features.Integrations;

/// <summary>Every hour, removes the tokens and authorizations that expired or were revoked more than a day ago.</summary>
internal sealed class TokenPruning(IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, TimeProvider clock) : IHourlyWork
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var threshold = clock.GetUtcNow().AddDays(-1);
        return (int)(await tokens.PruneAsync(threshold, cancellationToken) + await authorizations.PruneAsync(threshold, cancellationToken));
    }
}
