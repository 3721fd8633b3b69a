using OpenIddict.Abstractions;

namespace InterimExchange.Web.Api;

/// <summary>Who an API call is made by, as the modules record it.</summary>
internal static class ApiCaller
{
    public static string ActorName(this System.Security.Claims.ClaimsPrincipal token) =>
        token.FindFirst(AccountClaims.OrganisationName)?.Value ?? token.FindFirst(OpenIddictConstants.Claims.Name)?.Value ?? "";
}
