using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using OpenIddict.Abstractions;

namespace InterimExchange.Accounts.Features.RotateIntegrationSecret;

/// <summary>No rules a person could break: the integration's id and the secret made for it are the only input.</summary>
internal sealed class RotateIntegrationSecretValidator : AbstractValidator<RotateIntegrationSecretCommand>;

/// <summary>An organisation's admin gives an integration a new secret; the old one stops working at once.</summary>
internal sealed class RotateIntegrationSecretHandler(AccountsDbContext db, Changes<AccountsDbContext> changes, IOpenIddictApplicationManager applications)
    : ICommandHandler<RotateIntegrationSecretCommand>
{
    public Task<Result> HandleAsync(RotateIntegrationSecretCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => OwnIntegrations.OwnAsync(db, command.By, command.IntegrationId, c), async (integration, _) =>
        {
            integration.RequireEnabled();
            BusinessRuleException.Require(!integration.IsPublic, "This app has no secret: it proves itself with PKCE each time a person signs in.");
            var application = await applications.FindByClientIdAsync(integration.ClientId, cancellationToken)
                ?? throw new InvalidOperationException($"The OAuth client of integration {integration.Id} is missing.");
            await applications.UpdateAsync(application, command.Secret, cancellationToken);
            return (object?)null;
        }, cancellationToken);
}
