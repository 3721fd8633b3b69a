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

/// <summary>
/// An organisation admin registers, rotates and disables its integrations. Each is an OpenIddict application: OpenIddict keeps
/// the secret hashed and issues the tokens; the integration row ties the client to the organisation, whose tenancy every token
/// then carries (acting as the organisation, or for one of its people who consented).
/// </summary>
internal sealed class IntegrationsHandler(
    AccountsDbContext db,
    Changes<AccountsDbContext> changes,
    IOpenIddictApplicationManager applications,
    IOpenIddictAuthorizationManager authorizations,
    IOpenIddictTokenManager tokens,
    IValidator<RegisterIntegration> validator)
{
    private const int SecretBytes = 32;

    public async Task<IReadOnlyList<IntegrationView>> ListAsync(Guid organisationId, CancellationToken cancellationToken) =>
        (await db.Integrations.AsNoTracking()
            .Where(i => i.OrganisationId == organisationId)
            .OrderBy(i => i.DisabledAtUtc != null).ThenByDescending(i => i.RegisteredAtUtc)
            .Take(100)
            .ToListAsync(cancellationToken))
        .Select(i => new IntegrationView(i.Id, i.Name, i.ClientId, i.ScopeList, i.GrantTypeList, i.RedirectUriList, i.IsPublic, i.RegisteredAtUtc, i.DisabledAtUtc))
        .ToList();

    public async Task<IntegrationSecret> RegisterAsync(RegisterIntegration request, CancellationToken cancellationToken)
    {
        if (await validator.RefusalAsync(request, cancellationToken) is { } refusal)
        {
            return new IntegrationSecret(refusal);
        }

        var secret = request.Public ? null : NewSecret();
        string? clientId = null;
        var result = await changes.ApplyAsync(c => AdminAsync(request.OrganisationId, request.UserId, c), async (admin, now) =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == request.OrganisationId, cancellationToken);
            var allowed = ApiScopes.For(organisation.Kind);
            BusinessRuleException.Require(request.Scopes.All(allowed.Contains),
                $"An integration of {organisation.Name} may ask for {string.Join(", ", allowed)}.", nameof(RegisterIntegration.Scopes));

            var integration = new Integration(organisation.Id, request, admin.Id, now);
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
            BusinessRuleException.Require(!integration.IsPublic, "This app has no secret: it proves itself with PKCE each time a person signs in.");
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
            .Join(db.Organisations, i => i.OrganisationId, o => o.Id,
                (i, o) => new { i.ClientId, i.Name, i.OrganisationId, Organisation = o.Name, o.Kind, i.Scopes, i.RegisteredBy })
            .Select(i => new IntegrationClient(i.ClientId, i.Name, i.OrganisationId, i.Organisation, i.Kind, i.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
                i.RegisteredBy))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<IntegrationUser?> FindUserAsync(string clientId, Guid userId, CancellationToken cancellationToken)
    {
        var found = await db.Integrations.AsNoTracking()
            .Where(i => i.ClientId == clientId && i.DisabledAtUtc == null)
            .Join(db.Organisations, i => i.OrganisationId, o => o.Id, (i, o) => new { Integration = i.Name, o.Id, o.Kind })
            .Join(db.Users.Where(u => u.Id == userId && u.RemovedAtUtc == null), i => i.Id, u => u.OrganisationId,
                (i, u) => new { u.Id, u.DisplayName, u.Email, OrganisationId = i.Id, i.Kind, i.Integration, u.IsOrganisationAdmin, u.SecurityStamp })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null
            ? null
            : new IntegrationUser(found.Id, found.DisplayName, found.Email ?? "", found.OrganisationId, found.Kind, found.Integration, found.IsOrganisationAdmin,
                SecurityVersion(found.SecurityStamp));
    }

    /// <summary>A fingerprint of the security stamp: it tells a change without the stamp itself leaving the module.</summary>
    private static string SecurityVersion(string? stamp) =>
        System.Buffers.Text.Base64Url.EncodeToString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(stamp ?? "")).AsSpan(0, 16));

    public async Task<IReadOnlyList<AgreedApp>> AgreedAppsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var subject = userId.ToString();
        var agreed = await db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreAuthorization>().AsNoTracking()
            .Where(a => a.Subject == subject && a.Status == Statuses.Valid && a.Type == AuthorizationTypes.Permanent)
            .OrderByDescending(a => a.CreationDate)
            .Select(a => new { a.Id, App = a.Application!.DisplayName, a.Scopes, a.CreationDate })
            .Take(100)
            .ToListAsync(cancellationToken);
        return [.. agreed.Select(a => new AgreedApp(a.Id!, a.App ?? "", System.Text.Json.JsonSerializer.Deserialize<string[]>(a.Scopes ?? "[]") ?? [], a.CreationDate))];
    }

    /// <summary>Revokes the agreement and every token issued under it; another person's agreement is not found.</summary>
    public async Task<Result> WithdrawAgreementAsync(Guid userId, string agreementId, CancellationToken cancellationToken)
    {
        var agreement = await authorizations.FindByIdAsync(agreementId, cancellationToken);
        if (agreement is null || await authorizations.GetSubjectAsync(agreement, cancellationToken) != userId.ToString())
        {
            return Result.NotFound();
        }

        await authorizations.TryRevokeAsync(agreement, cancellationToken);
        await tokens.RevokeByAuthorizationIdAsync(agreementId, cancellationToken);
        return Result.Success;
    }

    /// <summary>
    /// The key's row is inserted first: the primary key (caller, key) lets one request of two at once insert it, and only that one
    /// runs. A key used again after its day, or held by a request that never finished (the process stopped), starts afresh.
    /// </summary>
    public async Task<RememberedAnswer?> ReserveAsync(string caller, string key, string method, string path, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var expired = nowUtc - IdempotentAnswer.Lifetime;
        var abandoned = nowUtc - IdempotentAnswer.LongestRun;
        await db.IdempotentAnswers
            .Where(a => a.ClientId == caller && a.Key == key && (a.AnsweredAtUtc < expired || (a.StatusCode == 0 && a.AnsweredAtUtc < abandoned)))
            .ExecuteDeleteAsync(cancellationToken);
        try
        {
            await changes.ApplyAsync(object? (now) =>
            {
                db.IdempotentAnswers.Add(IdempotentAnswer.Reserve(caller, key, method, path, now));
                return null;
            }, cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await db.IdempotentAnswers.AsNoTracking()
                .Where(a => a.ClientId == caller && a.Key == key)
                .Select(a => new RememberedAnswer(a.Method, a.Path, a.StatusCode, a.ContentType, a.Body))
                .SingleOrDefaultAsync(cancellationToken)
                ?? new RememberedAnswer(method, path, 0, null, []);
        }
    }

    public Task RememberAsync(string caller, string key, RememberedAnswer answer, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.IdempotentAnswers.SingleOrDefaultAsync(a => a.ClientId == caller && a.Key == key && a.StatusCode == 0, c), object? (reserved, now) =>
        {
            reserved.Answer(answer, now);
            return null;
        }, cancellationToken);

    public Task ForgetAsync(string caller, string key, CancellationToken cancellationToken) =>
        db.IdempotentAnswers.Where(a => a.ClientId == caller && a.Key == key && a.StatusCode == 0).ExecuteDeleteAsync(cancellationToken);

    private Task<UserAccount?> AdminAsync(Guid organisationId, Guid userId, CancellationToken cancellationToken) =>
        db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.OrganisationId == organisationId && u.IsOrganisationAdmin, cancellationToken);

    private async Task<Integration?> OwnAsync(IntegrationCommand command, CancellationToken cancellationToken) =>
        await AdminAsync(command.OrganisationId, command.UserId, cancellationToken) is null
            ? null
            : await db.Integrations.SingleOrDefaultAsync(i => i.Id == command.IntegrationId && i.OrganisationId == command.OrganisationId, cancellationToken);

    /// <summary>
    /// The OAuth client OpenIddict keeps for the integration: the grants, endpoints and scopes it may use, and its addresses.
    /// People consent explicitly to an app acting for them; the same addresses are where they return after signing out.
    /// </summary>
    private static OpenIddictApplicationDescriptor Descriptor(Integration integration, string? secret)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = integration.ClientId,
            ClientSecret = secret,
            ClientType = integration.IsPublic ? ClientTypes.Public : ClientTypes.Confidential,
            ConsentType = ConsentTypes.Explicit,
            DisplayName = integration.Name,
        };
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.Endpoints.Revocation]);
        if (!integration.IsPublic)
        {
            descriptor.Permissions.Add(Permissions.Endpoints.Introspection);
        }

        if (integration.GrantTypeList.Contains(IntegrationGrants.ClientCredentials))
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        }

        if (integration.GrantTypeList.Contains(IntegrationGrants.AuthorizationCode))
        {
            descriptor.Permissions.UnionWith([Permissions.Endpoints.Authorization, Permissions.Endpoints.EndSession, Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code, Permissions.Scopes.Profile, Permissions.Scopes.Email]);
            foreach (var uri in integration.RedirectUriList)
            {
                descriptor.RedirectUris.Add(new Uri(uri));
                descriptor.PostLogoutRedirectUris.Add(new Uri(uri));
            }
        }

        descriptor.Permissions.UnionWith(integration.ScopeList.Select(scope => Permissions.Prefixes.Scope + scope));
        return descriptor;
    }

    /// <summary>256 random bits, URL-safe.</summary>
    private static string NewSecret() =>
        System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
}
