using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Persistence;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace InterimExchange.Web.Api;

/// <summary>The <c>Oidc</c> configuration section: the certificates that sign and encrypt the tokens the app issues.</summary>
internal sealed class OidcOptions
{
    public const string Section = "Oidc";

    public string? SigningCertificatePath { get; set; }

    public string? SigningCertificatePassword { get; set; }

    public string? EncryptionCertificatePath { get; set; }

    public string? EncryptionCertificatePassword { get; set; }
}

/// <summary>
/// The OpenID Connect server (OpenIddict) that issues the API's tokens to the integrations organisations register, and the
/// validation of those tokens on the API. A token carries the organisation of the integration it was issued to, and, when a
/// person consented to an app acting for them (authorization code with PKCE), that person: the API then sees what they see.
/// </summary>
internal static class OpenIdServer
{
    public const string TokenPath = "/connect/token";

    public const string AuthorizePath = "/connect/authorize";

    public const string UserInfoPath = "/connect/userinfo";

    public const string EndSessionPath = "/connect/endsession";

    /// <summary>
    /// The version of the person's security when they agreed (<see cref="IntegrationUser.SecurityVersion"/>): kept only in the
    /// authorization code and the refresh tokens (no destination), and compared at each refresh.
    /// </summary>
    private const string SecurityVersionClaim = "ix:security_version";

    /// <summary>The authentication scheme of the API: a bearer token this server issued.</summary>
    public const string Scheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;

    public static WebApplicationBuilder AddOpenIdServer(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        var oidc = builder.Configuration.GetSection(OidcOptions.Section).Get<OidcOptions>() ?? new OidcOptions();
        var site = builder.Configuration.GetSection(SiteOptions.Section).Get<SiteOptions>() ?? new SiteOptions();
        var keys = Path.Combine(Path.GetFullPath(builder.Configuration[$"{DatabaseOptions.Section}:DataDirectory"] ?? new DatabaseOptions().DataDirectory), "keys");

        builder.Services.AddOpenIddict()
            .AddServer(server =>
            {
                // The tokens' issuer and the discovery document's addresses come from the configured public address, never
                // from the Host header of a request, which a caller chooses.
                var publicRoot = site.PublicUrl.AbsoluteUri.EndsWith('/') ? site.PublicUrl : new Uri(site.PublicUrl.AbsoluteUri + "/");
                server.SetIssuer(publicRoot);
                server.AddEventHandler<OpenIddictServerEvents.ProcessRequestContext>(handler => handler
                    .UseInlineHandler(context =>
                    {
                        if (context.BaseUri is { } seen && context.RequestUri is { } requested)
                        {
                            context.RequestUri = new Uri(publicRoot, seen.MakeRelativeUri(requested));
                            context.BaseUri = publicRoot;
                        }

                        return default;
                    })
                    .SetOrder(OpenIddictServerAspNetCoreHandlers.ResolveRequestUri.Descriptor.Order + 1)
                    .SetType(OpenIddictServerHandlerType.Custom));
                server.SetTokenEndpointUris(TokenPath.TrimStart('/'))
                    .SetAuthorizationEndpointUris(AuthorizePath.TrimStart('/'))
                    .SetUserInfoEndpointUris(UserInfoPath.TrimStart('/'))
                    .SetEndSessionEndpointUris(EndSessionPath.TrimStart('/'))
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetIntrospectionEndpointUris("connect/introspect");
                server.AllowClientCredentialsFlow().AllowAuthorizationCodeFlow().AllowRefreshTokenFlow();

                // Every app proves with PKCE that it is the one that started the sign-in, secret or not.
                server.RequireProofKeyForCodeExchange();
                server.RegisterScopes([.. ApiScopes.All, .. ApiScopes.PersonDescriptions.Keys]);
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(30));

                // Refresh tokens roll: each use gives a new one, and a used one presented again (after a short grace for
                // requests in flight) revokes the whole grant, so a stolen refresh token is worth one use at most.
                server.SetRefreshTokenLifetime(TimeSpan.FromDays(30));
                server.AddSigningCertificate(Certificate(oidc.SigningCertificatePath, oidc.SigningCertificatePassword, development, keys, "oidc-signing",
                    X509KeyUsageFlags.DigitalSignature));
                server.AddEncryptionCertificate(Certificate(oidc.EncryptionCertificatePath, oidc.EncryptionCertificatePassword, development, keys, "oidc-encryption",
                    X509KeyUsageFlags.KeyEncipherment));

                // A sign-out link that names an address to return to must say which app sends the person there (client_id, or the
                // identity token it holds): otherwise any app's registered address would do, and a bare link becomes a redirector.
                server.AddEventHandler<OpenIddictServerEvents.ValidateEndSessionRequestContext>(handler => handler
                    .UseInlineHandler(context =>
                    {
                        if (!string.IsNullOrEmpty(context.Request.PostLogoutRedirectUri)
                            && string.IsNullOrEmpty(context.Request.ClientId) && string.IsNullOrEmpty(context.Request.IdTokenHint))
                        {
                            context.Reject(Errors.InvalidRequest, "Send client_id or id_token_hint with post_logout_redirect_uri.");
                        }

                        return default;
                    })
                    .SetOrder(OpenIddictServerHandlers.Session.ValidatePostLogoutRedirectUriParameter.Descriptor.Order - 1)
                    .SetType(OpenIddictServerHandlerType.Custom));

                var aspNetCore = server.UseAspNetCore().EnableTokenEndpointPassthrough().EnableAuthorizationEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough().EnableEndSessionEndpointPassthrough();
                if (development)
                {
                    // Outside Development the app is reached over HTTPS (through a TLS proxy, Security:Proxies); here over HTTP.
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();

                // Each use of a token checks its entry, so a disabled integration's tokens stop working at once.
                validation.EnableTokenEntryValidation();
            });
        return builder;
    }

    public static WebApplication MapOpenIdServer(this WebApplication app)
    {
        app.MapPost(TokenPath, IssueTokenAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapMethods(UserInfoPath, [HttpMethods.Get, HttpMethods.Post], (Delegate)UserInfoAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// The token a person's consent leads to: who they are, their organisation and its members' role, with the scopes they
    /// granted. Built afresh at each refresh, so a person who left the organisation, or an app that was disabled, gets no more.
    /// </summary>
    public static ClaimsPrincipal ForPerson(ClaimsIdentity identity, IntegrationUser person)
    {
        identity.SetClaim(Claims.Subject, person.UserId.ToString())
            .SetClaim(Claims.Name, person.DisplayName)
            .SetClaim(Claims.Email, person.Email)
            .SetClaim(AccountClaims.ActsAs, person.UserId.ToString())
            .SetClaim(AccountClaims.OrganisationId, person.OrganisationId.ToString())
            .SetClaim(Claims.Role, RoleOf(person.Kind))
            .SetClaim(SecurityVersionClaim, person.SecurityVersion);
        identity.SetDestinations(claim => claim.Type switch
        {
            SecurityVersionClaim => [],
            Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
            Claims.Name when claim.Subject!.HasScope(Scopes.Profile) => [Destinations.AccessToken, Destinations.IdentityToken],
            Claims.Email when claim.Subject!.HasScope(Scopes.Email) => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }

    /// <summary>
    /// The parameters of the OpenID Connect request a page answers, for its form to carry them: a consent or sign-out form posts
    /// the request again, which OpenIddict then checks as it checked the first.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> RequestParameters(HttpRequest request) =>
        (request.HasFormContentType ? (IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>>)request.Form : request.Query)
        .Where(p => p.Key is not ("__RequestVerificationToken" or "handler"));

    public static ClaimsIdentity NewIdentity() => new(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);

    /// <summary>
    /// Client credentials: OpenIddict has checked the client's secret and that it may ask for the scopes; the token carries the
    /// integration's organisation and the role of its members, so the API applies the portals' tenancy. An authorization code or
    /// a refresh token: OpenIddict has checked it (and PKCE); the token is issued again for the person, as they are now.
    /// </summary>
    private static async Task<IResult> IssueTokenAsync(HttpContext http, IIntegrations integrations, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request is missing.");
        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal
                ?? throw new InvalidOperationException("OpenIddict validated the grant but gave no principal.");
            var person = Guid.TryParse(granted.GetClaim(Claims.Subject), out var userId)
                ? await integrations.FindUserAsync(request.ClientId ?? "", userId, cancellationToken)
                : null;
            if (person is not null && granted.GetClaim(SecurityVersionClaim) != person.SecurityVersion)
            {
                return Refuse(Errors.InvalidGrant, "The person's password was reset or changed, or they signed out everywhere, since they agreed: ask them to sign in again.");
            }

            return person is null
                ? Refuse(Errors.InvalidGrant, "This person is no longer a member of the organisation that registered the app, or the app was disabled.")
                : Results.SignIn(ForPerson(new ClaimsIdentity(granted.Claims, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role), person),
                    authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (!request.IsClientCredentialsGrantType())
        {
            return Refuse(Errors.UnsupportedGrantType, "Use client_credentials, authorization_code or refresh_token.");
        }

        if (await integrations.FindClientAsync(request.ClientId ?? "", cancellationToken) is not { } client)
        {
            return Refuse(Errors.InvalidClient, "This integration is unknown or disabled.");
        }

        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, client.ClientId)
            .SetClaim(Claims.Name, client.Name)
            .SetClaim(AccountClaims.OrganisationId, client.OrganisationId.ToString())
            .SetClaim(AccountClaims.OrganisationName, client.OrganisationName)
            .SetClaim(AccountClaims.ActsAs, client.RegisteredBy.ToString())
            .SetClaim(Claims.Role, RoleOf(client.Kind));
        identity.SetScopes(request.GetScopes().Intersect(client.Scopes));
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>What the person behind an access token agreed the app may know of them.</summary>
    private static async Task<IResult> UserInfoAsync(HttpContext http)
    {
        var principal = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        if (principal is null)
        {
            return Results.Challenge(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var claims = new Dictionary<string, object?> { [Claims.Subject] = principal.GetClaim(Claims.Subject) };
        if (principal.HasScope(Scopes.Profile))
        {
            claims[Claims.Name] = principal.GetClaim(Claims.Name);
        }

        if (principal.HasScope(Scopes.Email))
        {
            claims[Claims.Email] = principal.GetClaim(Claims.Email);
        }

        return Results.Ok(claims);
    }

    private static string RoleOf(OrganisationKind kind) => kind == OrganisationKind.SpecialistFirm ? Roles.FirmMember : Roles.RpoCoordinator;

    public static IResult Refuse(string error, string description) =>
        Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme], properties: new(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }));

    /// <summary>
    /// The configured certificate; in Development, one generated on first start and kept beside the data-protection keys,
    /// so tokens stay valid across restarts. Outside Development a certificate must be configured.
    /// </summary>
    private static X509Certificate2 Certificate(string? path, string? password, bool development, string keys, string name, X509KeyUsageFlags usage)
    {
        if (!string.IsNullOrWhiteSpace(path))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }

        if (!development)
        {
            throw new InvalidOperationException(
                $"Set {OidcOptions.Section}:{(name == "oidc-signing" ? "SigningCertificatePath" : "EncryptionCertificatePath")} (a PFX file) and its password: " +
                "the API's tokens are signed and encrypted with certificates given by configuration outside Development.");
        }

        var file = Path.Combine(keys, name + ".pfx");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(keys);
            using var key = RSA.Create(2048);
            var request = new CertificateRequest($"CN=InterimExchange {name} (Development)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
            // Valid from a year back: OpenIddict checks it against the app's clock, which a test may have set in the past.
            using var generated = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-1), DateTimeOffset.UtcNow.AddYears(5));
            File.WriteAllBytes(file, generated.Export(X509ContentType.Pfx));
        }

        return X509CertificateLoader.LoadPkcs12FromFile(file, null);
    }
}
