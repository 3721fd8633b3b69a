using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace InterimExchange.Accounts.Features;

/// <summary>
/// What the integrations' use cases share: only an organisation's admin acts on its integrations, and each is an OpenIddict
/// application (OpenIddict keeps the secret hashed and issues the tokens) tied by the integration row to the organisation, whose
/// tenancy every token then carries (acting as the organisation, or for one of its people who consented).
/// </summary>
internal static class OwnIntegrations
{
    public static Task<UserAccount?> AdminAsync(AccountsDbContext db, Caller by, CancellationToken cancellationToken) =>
        db.Users.SingleOrDefaultAsync(u => u.Id == by.UserId && u.OrganisationId == by.OrganisationId && u.IsOrganisationAdmin, cancellationToken);

    /// <summary>One of the caller's organisation's integrations, when the caller is one of its admins.</summary>
    public static async Task<Integration?> OwnAsync(AccountsDbContext db, Caller by, Guid integrationId, CancellationToken cancellationToken) =>
        await AdminAsync(db, by, cancellationToken) is null
            ? null
            : await db.Integrations.SingleOrDefaultAsync(i => i.Id == integrationId && i.OrganisationId == by.OrganisationId, cancellationToken);

    /// <summary>
    /// The OAuth client OpenIddict keeps for the integration: the grants, endpoints and scopes it may use, and its addresses.
    /// People consent explicitly to an app acting for them; the same addresses are where they return after signing out.
    /// </summary>
    public static OpenIddictApplicationDescriptor Descriptor(Integration integration, string? secret)
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
}
