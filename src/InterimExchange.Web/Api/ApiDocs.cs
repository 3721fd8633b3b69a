using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace InterimExchange.Web.Api;

/// <summary>The API's OpenAPI 3.1 document at <c>/openapi/v1.json</c>, with its OAuth scheme and each route's scope, and its reference at <c>/api/docs</c>.</summary>
internal static class ApiDocs
{
    public const string SecurityScheme = "oauth2";

    public const string Path = "/api/docs";

    /// <summary>
    /// The reference is a script application (Scalar) that starts from an inline script: only its pages allow one. It may
    /// connect only to this app, so a token tried out there goes nowhere else; its AI assistant and developer bar are off.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    public static IServiceCollection AddApiDocs(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "InterimExchange API",
                    Version = "v1",
                    Description = "Briefs, routed briefs, proposals and outcomes for the systems of RPOs and specialist firms. " +
                        "An organisation's admin registers an integration on its Integrations page (`/organisation/integrations`, linked from Team) and receives a client id and " +
                        $"a secret; the integration asks `{OpenIdServer.TokenPath}` for a token (client_credentials) and sends it as a bearer token. " +
                        $"An app people use sends them to `{OpenIdServer.AuthorizePath}` instead (authorization code with PKCE), and its token sees what they see. " +
                        "A token reads and changes only its organisation's data.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[SecurityScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.OAuth2,
                    Description = "An integration registered by your organisation's admin: as the organisation (client credentials), or for one of its " +
                        "people who signs in and agrees (authorization code with PKCE; refresh tokens with offline_access).",
                    Flows = new OpenApiOAuthFlows
                    {
                        ClientCredentials = new OpenApiOAuthFlow
                        {
                            TokenUrl = new Uri(OpenIdServer.TokenPath, UriKind.Relative),
                            Scopes = ApiScopes.Descriptions.ToDictionary(),
                        },
                        AuthorizationCode = new OpenApiOAuthFlow
                        {
                            AuthorizationUrl = new Uri(OpenIdServer.AuthorizePath, UriKind.Relative),
                            TokenUrl = new Uri(OpenIdServer.TokenPath, UriKind.Relative),
                            RefreshUrl = new Uri(OpenIdServer.TokenPath, UriKind.Relative),
                            Scopes = ApiScopes.Descriptions.Concat(ApiScopes.PersonDescriptions).ToDictionary(),
                        },
                    },
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiScope>().FirstOrDefault() is { } scope)
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecurityScheme, context.Document)] = [scope.Scope] });
                }

                return Task.CompletedTask;
            });
        });

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(Path, scalar => scalar.WithTitle("InterimExchange API").DisableAgent().HideDeveloperTools()).AllowAnonymous();
        return app;
    }
}
