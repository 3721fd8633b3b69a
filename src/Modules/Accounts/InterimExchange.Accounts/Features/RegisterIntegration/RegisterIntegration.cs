using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using OpenIddict.Abstractions;

namespace InterimExchange.Accounts.Features.RegisterIntegration;

internal sealed class RegisterIntegrationValidator : AbstractValidator<RegisterIntegrationCommand>
{
    public RegisterIntegrationValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("Name the integration, for example the system it connects (\"Our ATS\").")
            .MaximumLength(100).WithMessage("Keep the name under 100 characters.");
        RuleFor(r => r.Scopes).NotEmpty().WithMessage("Choose at least one thing the integration may do.")
            .Must(scopes => scopes.All(ApiScopes.All.Contains)).WithMessage("Choose from the listed permissions.");
        RuleFor(r => r.GrantTypes).NotEmpty().WithMessage("Choose how it acts: as your organisation, for your people, or both.")
            .Must(grants => grants.All(IntegrationGrants.All.Contains)).WithMessage("Choose from the listed ways.");
        RuleFor(r => r.GrantTypes).Must(grants => !grants.Contains(IntegrationGrants.ClientCredentials)).When(r => r.Public)
            .WithMessage("An app that cannot keep a secret cannot act as your organisation: it may act only for people who sign in.");
        RuleFor(r => r.RedirectUris).NotEmpty().When(r => r.GrantTypes.Contains(IntegrationGrants.AuthorizationCode))
            .WithMessage("Give the address people are sent back to after they agree, for example https://ats.example.com/signin-interimexchange.");
        RuleFor(r => r.RedirectUris).Must(uris => uris.Count <= MaxRedirectUris).WithMessage($"Give at most {MaxRedirectUris} addresses.");
        RuleFor(r => r.RedirectUris).Must(uris => uris.All(IsRedirectUri))
            .WithMessage(r => $"\"{r.RedirectUris.First(uri => !IsRedirectUri(uri))}\" is not an address people can be sent back to: " +
                "use https:// (or http://localhost for an app on the person's computer), without a #.");
    }

    private const int MaxRedirectUris = 5;

    private static bool IsRedirectUri(string value) => CallbackAddress.IsAllowed(value, 300);
}

/// <summary>An organisation's admin registers an integration: the integration row and its OpenIddict application, in one save.</summary>
internal sealed class RegisterIntegrationHandler(AccountsDbContext db, Changes<AccountsDbContext> changes, IOpenIddictApplicationManager applications)
    : ICommandHandler<RegisterIntegrationCommand>
{
    public Task<Result> HandleAsync(RegisterIntegrationCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => OwnIntegrations.AdminAsync(db, command.By, c), async (admin, now) =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == command.By.OrganisationId, cancellationToken);
            var allowed = ApiScopes.For(organisation.Kind);
            BusinessRuleException.Require(command.Scopes.All(allowed.Contains),
                $"An integration of {organisation.Name} may ask for {string.Join(", ", allowed)}.", nameof(RegisterIntegrationCommand.Scopes));

            var integration = new Integration(organisation.Id, command, admin.Id, now);
            db.Integrations.Add(integration);

            // OpenIddict saves the application, and with it the integration, in one SaveChanges of this context.
            await applications.CreateAsync(OwnIntegrations.Descriptor(integration, command.Public ? null : command.Secret), cancellationToken);
            return new Created(integration.Id);
        }, cancellationToken);
}
