using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using InterimExchange.BuildingBlocks.Persistence;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
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
/// validation of those tokens on the API. A token carries the organisation of the integration it was issued to.
/// </summary>
internal static class OpenIdServer
{
    public const string TokenPath = "/connect/token";

    /// <summary>The authentication scheme of the API: a bearer token this server issued.</summary>
    public const string Scheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;

    public static WebApplicationBuilder AddOpenIdServer(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        var oidc = builder.Configuration.GetSection(OidcOptions.Section).Get<OidcOptions>() ?? new OidcOptions();
        var keys = Path.Combine(Path.GetFullPath(builder.Configuration[$"{DatabaseOptions.Section}:DataDirectory"] ?? new DatabaseOptions().DataDirectory), "keys");

        builder.Services.AddOpenIddict()
            .AddServer(server =>
            {
                server.SetTokenEndpointUris(TokenPath.TrimStart('/'))
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetIntrospectionEndpointUris("connect/introspect");
                server.AllowClientCredentialsFlow();
                server.RegisterScopes([.. ApiScopes.All]);
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(30));
                server.AddSigningCertificate(Certificate(oidc.SigningCertificatePath, oidc.SigningCertificatePassword, development, keys, "oidc-signing",
                    X509KeyUsageFlags.DigitalSignature));
                server.AddEncryptionCertificate(Certificate(oidc.EncryptionCertificatePath, oidc.EncryptionCertificatePassword, development, keys, "oidc-encryption",
                    X509KeyUsageFlags.KeyEncipherment));

                var aspNetCore = server.UseAspNetCore().EnableTokenEndpointPassthrough();
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
        return app;
    }

    /// <summary>
    /// The client-credentials grant: OpenIddict has checked the client's secret and that it may ask for the scopes; the token
    /// carries the integration's organisation and the role of its members, so the API applies the portals' tenancy.
    /// </summary>
    private static async Task<IResult> IssueTokenAsync(HttpContext http, IIntegrations integrations, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request is missing.");
        if (!request.IsClientCredentialsGrantType())
        {
            return Refuse(Errors.UnsupportedGrantType, "Only the client_credentials grant is supported.");
        }

        if (await integrations.FindClientAsync(request.ClientId ?? "", cancellationToken) is not { } client)
        {
            return Refuse(Errors.InvalidClient, "This integration is unknown or disabled.");
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, client.ClientId)
            .SetClaim(Claims.Name, client.Name)
            .SetClaim(AccountClaims.OrganisationId, client.OrganisationId.ToString())
            .SetClaim(Claims.Role, RoleOf(client.Kind));
        identity.SetScopes(request.GetScopes().Intersect(client.Scopes));
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static string RoleOf(OrganisationKind kind) => kind == OrganisationKind.SpecialistFirm ? Roles.FirmMember : Roles.RpoCoordinator;

    private static IResult Refuse(string error, string description) =>
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
