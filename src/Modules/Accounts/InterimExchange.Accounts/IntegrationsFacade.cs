using InterimExchange.Accounts.Features.Integrations;

namespace InterimExchange.Accounts;

internal sealed class IntegrationsFacade(IntegrationsHandler integrations, TimeProvider clock) : IIntegrations
{
    public Task<RememberedAnswer?> ReserveAsync(string caller, string key, string method, string path, CancellationToken cancellationToken) =>
        integrations.ReserveAsync(caller, key, method, path, clock.GetUtcNow().UtcDateTime, cancellationToken);

    public Task RememberAsync(string caller, string key, RememberedAnswer answer, CancellationToken cancellationToken) =>
        integrations.RememberAsync(caller, key, answer, cancellationToken);

    public Task ForgetAsync(string caller, string key, CancellationToken cancellationToken) =>
        integrations.ForgetAsync(caller, key, cancellationToken);

    public Task<IReadOnlyList<IntegrationView>> ListAsync(Guid organisationId, CancellationToken cancellationToken) =>
        integrations.ListAsync(organisationId, cancellationToken);

    public Task<IntegrationSecret> RegisterAsync(RegisterIntegration request, CancellationToken cancellationToken) =>
        integrations.RegisterAsync(request, cancellationToken);

    public Task<IntegrationSecret> RotateSecretAsync(IntegrationCommand command, CancellationToken cancellationToken) =>
        integrations.RotateSecretAsync(command, cancellationToken);

    public Task<Result> DisableAsync(IntegrationCommand command, CancellationToken cancellationToken) =>
        integrations.DisableAsync(command, cancellationToken);

    public Task<IntegrationUser?> FindUserAsync(string clientId, Guid userId, CancellationToken cancellationToken) =>
        integrations.FindUserAsync(clientId, userId, cancellationToken);

    public Task<IReadOnlyList<AgreedApp>> AgreedAppsAsync(Guid userId, CancellationToken cancellationToken) =>
        integrations.AgreedAppsAsync(userId, cancellationToken);

    public Task<Result> WithdrawAgreementAsync(Guid userId, string agreementId, CancellationToken cancellationToken) =>
        integrations.WithdrawAgreementAsync(userId, agreementId, cancellationToken);

    public Task<IntegrationClient?> FindClientAsync(string clientId, CancellationToken cancellationToken) =>
        integrations.FindClientAsync(clientId, cancellationToken);
}
