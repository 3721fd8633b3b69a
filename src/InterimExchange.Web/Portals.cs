using Microsoft.AspNetCore.Authorization;

namespace InterimExchange.Web;

/// <summary>One portal per role, each an Area behind its own policy; every policy also needs the organisation claim.</summary>
internal static class Portals
{
    public const string OrganisationAdmin = "OrganisationAdmin";

    public static IReadOnlyList<Portal> All { get; } =
    [
        new("Rpo", Roles.RpoCoordinator, "RPO portal"),
        new("Firm", Roles.FirmMember, "Firm portal"),
        new("Client", Roles.ClientExecutive, "Client portal"),
        new("Admin", Roles.VettingOfficer, "Vetting"),
    ];

    public static IServiceCollection AddPortals(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(AccountClaims.OrganisationId).Build())
            .AddPolicy(OrganisationAdmin, policy => policy.RequireClaim(AccountClaims.OrganisationId).RequireClaim(AccountClaims.OrganisationAdmin, "true"));
        foreach (var portal in All)
        {
            services.AddAuthorizationBuilder().AddPolicy(portal.Area, policy => policy.RequireRole(portal.Role).RequireClaim(AccountClaims.OrganisationId));
        }

        services.AddRazorPages(pages =>
        {
            foreach (var portal in All)
            {
                pages.Conventions.AuthorizeAreaFolder(portal.Area, "/", portal.Area);
            }

            pages.Conventions.AllowAnonymousToPage("/Index");
            pages.Conventions.AllowAnonymousToPage("/Error");
            pages.Conventions.AllowAnonymousToFolder("/Account");

            // It signs the person in itself, so that an app asking without a prompt (prompt=none) gets its answer, not the sign-in page.
            pages.Conventions.AllowAnonymousToPage("/Connect/Authorize");
            pages.Conventions.AllowAnonymousToPage("/Connect/EndSession");
        }).AddMvcOptions(mvc =>
        {
            mvc.ModelBinderProviders.Insert(0, new InterimExchange.Web.Pages.BooleanBinderProvider());
            mvc.Filters.Add(new InterimExchange.Web.Pages.UnknownHandlerFilter());
        });
        services.AddRouting(routing => routing.LowercaseUrls = true);
        return services;
    }

    /// <summary>The portal a signed-in user lands on, or null for someone with no portal role.</summary>
    public static Portal? For(System.Security.Claims.ClaimsPrincipal user) => All.FirstOrDefault(p => user.IsInRole(p.Role));
}

internal sealed record Portal(string Area, string Role, string Title)
{
    public string Home => $"/{Area.ToLowerInvariant()}";
}
