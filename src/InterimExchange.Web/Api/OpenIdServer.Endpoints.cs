using System.Security.Claims;
using InterimExchange.BuildingBlocks;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace InterimExchange.Web.Api;

/// <summary>The server's own endpoints (the token, the person's information) and the tokens it issues.</summary>
internal static partial class OpenIdServer
{
    /// <summary>
    /// The version of the person's security when they agreed (<see cref="IntegrationUser.SecurityVersion"/>): kept only in the
    /// authorization code and the refresh tokens (no destination), and compared at each refresh.
    /// </summary>
    private const string SecurityVersionClaim = "ix:security_version";

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
            .SetClaim(Claims.Role, Roles.Of(person.Kind))
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
    private static async Task<IResult> IssueTokenAsync(HttpContext http, IAccounts accounts, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenID Connect request is missing.");
        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal
                ?? throw new InvalidOperationException("OpenIddict validated the grant but gave no principal.");
            var person = Guid.TryParse(granted.GetClaim(Claims.Subject), out var userId)
                ? await accounts.AskAsync(new IntegrationUserQuery(request.ClientId ?? "", userId), cancellationToken)
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

        if (await accounts.AskAsync(new IntegrationClientQuery(request.ClientId ?? ""), cancellationToken) is not { } client)
        {
            return Refuse(Errors.InvalidClient, "This integration is unknown or disabled.");
        }

        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, client.ClientId)
            .SetClaim(Claims.Name, client.Name)
            .SetClaim(AccountClaims.OrganisationId, client.OrganisationId.ToString())
            .SetClaim(AccountClaims.OrganisationName, client.OrganisationName)
            .SetClaim(AccountClaims.ActsAs, client.RegisteredBy.ToString())
            .SetClaim(Claims.Role, Roles.Of(client.Kind));
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

    public static IResult Refuse(string error, string description) =>
        Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme], properties: new(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }));
}
