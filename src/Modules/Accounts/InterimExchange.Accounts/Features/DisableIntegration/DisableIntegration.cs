using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using OpenIddict.Abstractions;

namespace InterimExchange.Accounts.Features.DisableIntegration;

/// <summary>No rules: the integration's id is the only input, and one not of the caller's organisation is not found.</summary>
internal sealed class DisableIntegrationValidator : AbstractValidator<DisableIntegrationCommand>;

/// <summary>An organisation's admin disables an integration: it gets no new token, and the tokens it holds stop working.</summary>
internal sealed class DisableIntegrationHandler(AccountsDbContext db, Changes<AccountsDbContext> changes, IOpenIddictApplicationManager applications)
    : ICommandHandler<DisableIntegrationCommand>
{
    public Task<Result> HandleAsync(DisableIntegrationCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => OwnIntegrations.OwnAsync(db, command.By, command.IntegrationId, c), async (integration, now) =>
        {
            integration.Disable(now);

            // Deleting the client deletes its tokens too, so a token it holds stops working at its next use.
            if (await applications.FindByClientIdAsync(integration.ClientId, cancellationToken) is { } application)
            {
                await applications.DeleteAsync(application, cancellationToken);
            }

            return (object?)null;
        }, cancellationToken);
}
