using OpenIddict.Abstractions;

namespace InterimExchange.Web.Api;

/// <summary>Who an API call is made by, as the modules record it.</summary>
internal static class ApiCaller
{
    /// <summary>
    /// Who an API change is recorded as: the person an app acts for; for an integration acting as its organisation, the admin
    /// who registered it, named as the organisation in what people read (a brief's history, an invitation's email).
    /// </summary>
    public static BriefCommand Acting(this System.Security.Claims.ClaimsPrincipal token, Guid briefId) =>
        new(token.OrganisationId(), briefId, Guid.Parse(token.FindFirst(AccountClaims.ActsAs)!.Value), token.ActorName());

    public static string ActorName(this System.Security.Claims.ClaimsPrincipal token) =>
        token.FindFirst(AccountClaims.OrganisationName)?.Value ?? token.FindFirst(OpenIddictConstants.Claims.Name)?.Value ?? "";
}
