using System.Security.Claims;

namespace InterimExchange.Web.Pages;

internal static class CurrentUser
{
    /// <summary>The signed-in person's organisation: the tenant every page checks against.</summary>
    public static Guid OrganisationId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(AccountClaims.OrganisationId) ?? throw new InvalidOperationException("The organisation claim is missing."));

    public static Guid UserId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The user id claim is missing."));

    public static string OrganisationName(this ClaimsPrincipal user) => user.FindFirstValue(AccountClaims.OrganisationName) ?? "";

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(AccountClaims.DisplayName) ?? user.Identity?.Name ?? "";

    public static string Email(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "";


    /// <summary>The zone the person's times are shown in.</summary>
    public static string TimeZone(this ClaimsPrincipal user) => user.FindFirstValue(AccountClaims.TimeZone) ?? InterimExchange.BuildingBlocks.Time.LocalTimes.DefaultZone;

    /// <summary>The signed-in person as a party to relationships and conversations; null for someone with no side in them (a vetting officer).</summary>
    public static Caller? Party(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.RpoCoordinator) || user.IsInRole(Roles.FirmMember) || user.IsInRole(Roles.ClientExecutive) ? user.Caller() : null;

    /// <summary>The kind of organisation the person belongs to, read from their role.</summary>
    public static OrganisationKind OrganisationKind(this ClaimsPrincipal user) =>
        Roles.All.Where(user.IsInRole).Select(Roles.KindOf).FirstOrDefault() ?? throw new InvalidOperationException("The person holds no organisation's role.");

    /// <summary>
    /// Who asks for a use case, read once from the signed-in person or the API token. A token's changes are recorded as the account
    /// it acts as (the person an app acts for, or the admin who registered an integration), named as the organisation when the
    /// integration acts as its organisation.
    /// </summary>
    public static Caller Caller(this ClaimsPrincipal user) => user.FindFirstValue(AccountClaims.ActsAs) is { } actsAs
        ? new Caller(user.OrganisationId(), user.OrganisationName(), user.OrganisationKind(), Guid.Parse(actsAs),
            user.FindFirstValue(AccountClaims.OrganisationName) ?? user.FindFirstValue(OpenIddict.Abstractions.OpenIddictConstants.Claims.Name) ?? "", IsAdmin: false)
        : new Caller(user.OrganisationId(), user.OrganisationName(), user.OrganisationKind(), user.UserId(), user.DisplayName(), user.IsOrganisationAdmin(),
            user.Email(), user.TimeZone());

    public static bool IsOrganisationAdmin(this ClaimsPrincipal user) => user.HasClaim(AccountClaims.OrganisationAdmin, "true");
}
