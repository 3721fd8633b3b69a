using System.Security.Cryptography;
using FluentValidation;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace InterimExchange.Accounts.Features.Integrations;

internal sealed class RegisterIntegrationValidator : AbstractValidator<RegisterIntegration>
{
    public RegisterIntegrationValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("Name the integration, for example the system it connects (\"Our ATS\").")
            .MaximumLength(100).WithMessage("Keep the name under 100 characters.");
        RuleFor(r => r.Scopes).NotEmpty().WithMessage("Choose at least one thing the integration may do.")
            .Must(scopes => scopes.All(ApiScopes.All.Contains)).WithMessage("Choose from the listed permissions.");
    }
}

/// <summary>
/// An organisation admin registers, rotates and disables its integrations. Each is an OpenIddict application for the
/// client-credentials grant: OpenIddict keeps the secret hashed and issues the tokens; the integration row ties the client
/// to the organisation, whose tenancy every token then carries.
/// </summary>
internal sealed class IntegrationsHandler(
    AccountsDbContext db,
    Changes<AccountsDbContext> changes,
    IOpenIddictApplicationManager applications,
    IValidator<RegisterIntegration> validator)
{
    private const int SecretBytes = 32;

    public async Task<IReadOnlyList<IntegrationView>> ListAsync(Guid organisationId, CancellationToken cancellationToken) =>
        (await db.Integrations.AsNoTracking()
            .Where(i => i.OrganisationId == organisationId)
            .OrderBy(i => i.DisabledAtUtc != null).ThenByDescending(i => i.RegisteredAtUtc)
            .Take(100)
            .ToListAsync(cancellationToken))
        .Select(i => new IntegrationView(i.Id, i.Name, i.ClientId, i.ScopeList, i.RegisteredAtUtc, i.DisabledAtUtc))
        .ToList();

    public async Task<IntegrationSecret> RegisterAsync(RegisterIntegration request, CancellationToken cancellationToken)
    {
        if (await validator.RefusalAsync(request, cancellationToken) is { } refusal)
        {
            return new IntegrationSecret(refusal);
        }

        var secret = NewSecret();
        string? clientId = null;
        var result = await changes.ApplyAsync(c => AdminAsync(request.OrganisationId, request.UserId, c), async (admin, now) =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == request.OrganisationId, cancellationToken);
            var allowed = ApiScopes.For(organisation.Kind);
            BusinessRuleException.Require(request.Scopes.All(allowed.Contains),
                $"An integration of {organisation.Name} may ask for {string.Join(", ", allowed)}.", nameof(RegisterIntegration.Scopes));

            var integration = new Integration(organisation.Id, request.Name, request.Scopes.Distinct(), admin.Id, now);
            db.Integrations.Add(integration);
            clientId = integration.ClientId;

            // OpenIddict saves the application, and with it the integration, in one SaveChanges of this context.
            await applications.CreateAsync(Descriptor(integration, secret), cancellationToken);
            return new Created(integration.Id);
        }, cancellationToken);
        return result.Succeeded ? new IntegrationSecret(result, clientId, secret) : new IntegrationSecret(result);
    }

    public async Task<IntegrationSecret> RotateSecretAsync(IntegrationCommand command, CancellationToken cancellationToken)
    {
        var secret = NewSecret();
        string? clientId = null;
        var result = await changes.ApplyAsync(c => OwnAsync(command, c), async (integration, _) =>
        {
            integration.RequireEnabled();
            clientId = integration.ClientId;
            var application = await applications.FindByClientIdAsync(integration.ClientId, cancellationToken)
                ?? throw new InvalidOperationException($"The OAuth client of integration {integration.Id} is missing.");
            await applications.UpdateAsync(application, secret, cancellationToken);
            return null;
        }, cancellationToken);
        return result.Succeeded ? new IntegrationSecret(result, clientId, secret) : new IntegrationSecret(result);
    }

    public Task<Result> DisableAsync(IntegrationCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => OwnAsync(command, c), async (integration, now) =>
        {
            integration.Disable(now);

            // Deleting the client deletes its tokens too, so a token it holds stops working at its next use.
            if (await applications.FindByClientIdAsync(integration.ClientId, cancellationToken) is { } application)
            {
                await applications.DeleteAsync(application, cancellationToken);
            }

            return null;
        }, cancellationToken);

    public async Task<IntegrationClient?> FindClientAsync(string clientId, CancellationToken cancellationToken) =>
        await db.Integrations.AsNoTracking()
            .Where(i => i.ClientId == clientId && i.DisabledAtUtc == null)
            .Join(db.Organisations, i => i.OrganisationId, o => o.Id, (i, o) => new { i.ClientId, i.Name, i.OrganisationId, o.Kind, i.Scopes })
            .Select(i => new IntegrationClient(i.ClientId, i.Name, i.OrganisationId, i.Kind, i.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .SingleOrDefaultAsync(cancellationToken);

    public Task<RememberedAnswer?> RecallAsync(string clientId, string key, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var since = nowUtc - IdempotentAnswer.Lifetime;
        return db.IdempotentAnswers.AsNoTracking()
            .Where(a => a.ClientId == clientId && a.Key == key && a.AnsweredAtUtc > since)
            .Select(a => new RememberedAnswer(a.Method, a.Path, a.StatusCode, a.ContentType, a.Body))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task RememberAsync(string clientId, string key, RememberedAnswer answer, CancellationToken cancellationToken)
    {
        // A key used again after its day starts afresh.
        await db.IdempotentAnswers.Where(a => a.ClientId == clientId && a.Key == key).ExecuteDeleteAsync(cancellationToken);
        try
        {
            await changes.ApplyAsync(object? (now) =>
            {
                db.IdempotentAnswers.Add(new IdempotentAnswer(clientId, key, answer, now));
                return null;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same key answered at the same moment by another request: the first answer kept stays.
            db.ChangeTracker.Clear();
        }
    }

    private Task<UserAccount?> AdminAsync(Guid organisationId, Guid userId, CancellationToken cancellationToken) =>
        db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.OrganisationId == organisationId && u.IsOrganisationAdmin, cancellationToken);

    private async Task<Integration?> OwnAsync(IntegrationCommand command, CancellationToken cancellationToken) =>
        await AdminAsync(command.OrganisationId, command.UserId, cancellationToken) is null
            ? null
            : await db.Integrations.SingleOrDefaultAsync(i => i.Id == command.IntegrationId && i.OrganisationId == command.OrganisationId, cancellationToken);

    private static OpenIddictApplicationDescriptor Descriptor(Integration integration, string secret)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = integration.ClientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = integration.Name,
        };
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.Endpoints.Introspection,
            Permissions.GrantTypes.ClientCredentials]);
        descriptor.Permissions.UnionWith(integration.ScopeList.Select(scope => Permissions.Prefixes.Scope + scope));
        return descriptor;
    }

    /// <summary>256 random bits, URL-safe.</summary>
    private static string NewSecret() =>
        System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
}
