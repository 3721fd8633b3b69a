using System.Security.Cryptography.X509Certificates;
using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Persistence;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace InterimExchange.Web.Api;

/// <summary>
/// The OpenID Connect server (OpenIddict) that issues the API's tokens to the integrations organisations register, and the
/// validation of those tokens on the API. A token carries the organisation of the integration it was issued to, and, when a
/// person consented to an app acting for them (authorization code with PKCE), that person: the API then sees what they see.
/// </summary>
internal static partial class OpenIdServer
{
    public const string TokenPath = "/connect/token";

    public const string AuthorizePath = "/connect/authorize";

    public const string UserInfoPath = "/connect/userinfo";

    public const string EndSessionPath = "/connect/endsession";

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
                server.AddSigningCertificate(OidcCertificates.Load(oidc.SigningCertificatePath, oidc.SigningCertificatePassword, development, keys, "oidc-signing",
                    X509KeyUsageFlags.DigitalSignature));
                server.AddEncryptionCertificate(OidcCertificates.Load(oidc.EncryptionCertificatePath, oidc.EncryptionCertificatePassword, development, keys, "oidc-encryption",
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
}
