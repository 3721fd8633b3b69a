using InterimExchange.Accounts.Features.SingleSignOn;

namespace InterimExchange.Accounts;

internal sealed class SingleSignOnFacade(SingleSignOnHandler handler) : ISingleSignOn
{
    public Task<SingleSignOnView?> GetAsync(Guid organisationId, CancellationToken cancellationToken) => handler.GetAsync(organisationId, cancellationToken);

    public Task<Result> SaveAsync(SaveSingleSignOn request, CancellationToken cancellationToken) => handler.SaveAsync(request, cancellationToken);

    public Task<Result> ProveDomainAsync(Guid organisationId, Guid userId, CancellationToken cancellationToken) => handler.ProveDomainAsync(organisationId, userId, cancellationToken);

    public Task<Result> RemoveAsync(Guid organisationId, Guid userId, CancellationToken cancellationToken) => handler.RemoveAsync(organisationId, userId, cancellationToken);

    public Task<SingleSignOnProvider?> ForEmailAsync(string email, CancellationToken cancellationToken) => handler.ForEmailAsync(email, cancellationToken);

    public Task<SingleSignOnProvider?> ForOrganisationAsync(Guid organisationId, CancellationToken cancellationToken) =>
        handler.ForOrganisationAsync(organisationId, cancellationToken);

    public Task<Result> SignInAsync(ExternalIdentity identity, string? password, CancellationToken cancellationToken) =>
        handler.SignInAsync(identity, password, cancellationToken);
}
