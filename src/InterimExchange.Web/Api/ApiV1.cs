using Microsoft.AspNetCore.Authorization;
using OpenIddict.Abstractions;

namespace InterimExchange.Web.Api;

/// <summary>What a route of the API asks of its token: a scope, and the role of the organisation's members (any member's when null).</summary>
internal sealed record ApiScope(string Scope, string? Role)
{
    public string Policy => $"api:{Scope}:{Role ?? "any"}";
}

/// <summary>
/// The REST API for integrations, <c>/api/v1</c>. Each route calls the same module contracts as the portal's pages, with the
/// organisation from the token, so the tenancy and the rules are the portals'. Errors are RFC 9457 problem details.
/// </summary>
internal static class ApiV1
{
    public static readonly ApiScope ReadBriefs = new(ApiScopes.BriefsRead, Roles.RpoCoordinator);
    public static readonly ApiScope WriteBriefs = new(ApiScopes.BriefsWrite, Roles.RpoCoordinator);
    public static readonly ApiScope ReadOutcomes = new(ApiScopes.OutcomesRead, Roles.RpoCoordinator);
    public static readonly ApiScope ReadRouted = new(ApiScopes.RoutedRead, Roles.FirmMember);
    public static readonly ApiScope RespondToRouted = new(ApiScopes.RoutedRespond, Roles.FirmMember);
    public static readonly ApiScope ReadFirmOutcomes = new(ApiScopes.OutcomesRead, Roles.FirmMember);
    public static readonly ApiScope WriteProposals = new(ApiScopes.ProposalsWrite, Roles.FirmMember);
    public static readonly ApiScope ManageWebhooks = new(ApiScopes.WebhooksManage, null);

    public static IReadOnlyList<ApiScope> Scopes { get; } =
        [ReadBriefs, WriteBriefs, ReadOutcomes, ReadRouted, RespondToRouted, ReadFirmOutcomes, WriteProposals, ManageWebhooks];

    public static IServiceCollection AddApiV1(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        var authorization = services.AddAuthorizationBuilder();
        foreach (var scope in Scopes)
        {
            authorization.AddPolicy(scope.Policy, policy => policy.AddAuthenticationSchemes(OpenIdServer.Scheme)
                .RequireAuthenticatedUser()
                .RequireClaim(AccountClaims.OrganisationId)
                .RequireClaim(AccountClaims.ActsAs)
                .RequireRole(scope.Role is null ? [Roles.RpoCoordinator, Roles.FirmMember] : [scope.Role])
                .RequireAssertion(context => context.User.HasScope(scope.Scope))
                .RequireAssertion(context => ApiScopes.AdminOnly.Contains(scope.Scope) ? ActsForAnAdminNowAsync(context) : Task.FromResult(true)));
        }

        services.AddApiClientLimit();
        return services;
    }

    /// <summary>
    /// An address under <c>/api/v1</c> that no route answers is a 404 problem, for a caller with a token or without: never the
    /// portal's sign-in page, which the fallback policy would otherwise send it to. A known address asked with another method
    /// gets routing's own 405 with its <c>Allow</c> header. Runs after routing, before authentication.
    /// </summary>
    public static WebApplication UseApiV1(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api/v1"), api => api.Use(async (context, next) =>
        {
            var endpoint = context.GetEndpoint();
            if (endpoint?.Metadata.GetMetadata<ApiScope>() is not null)
            {
                await next(context);
            }
            else if (endpoint?.RequestDelegate is { } methodNotAllowed)
            {
                await methodNotAllowed(context);
            }
            else
            {
                await ApiProblems.NotYours("address", "The API has no such address: see /openapi/v1.json for its routes, and check each id is a UUID.").ExecuteAsync(context);
            }
        }));
        return app;
    }

    /// <summary>
    /// What only admins do in the portal, a token acting for a person does only while that person is an admin: asked of their
    /// account at each call, not of the token, which may predate a change. An integration acting as its organisation was
    /// registered, with its scopes, by an admin.
    /// </summary>
    private static async Task<bool> ActsForAnAdminNowAsync(AuthorizationHandlerContext context)
    {
        var token = context.User;
        var subject = token.GetClaim(OpenIddictConstants.Claims.Subject);
        if (subject != token.GetClaim(AccountClaims.ActsAs))
        {
            return true;
        }

        return context.Resource is HttpContext http && Guid.TryParse(subject, out var userId)
            && token.GetPresenters().FirstOrDefault() is { } client
            && await http.RequestServices.GetRequiredService<IAccounts>().AskAsync(new IntegrationUserQuery(client, userId), http.RequestAborted) is { IsAdmin: true };
    }

    /// <summary>The API's routes, one resource at a time; every call counts against its integration's limit.</summary>
    public static WebApplication MapApiV1(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").AddEndpointFilter(ApiClientLimit.LimitPerClientAsync);
        var briefs = api.MapBriefs();
        var routed = api.MapRoutedBriefs();
        OutcomeRoutes.MapOutcomes(briefs, routed);
        routed.MapProposals();
        api.MapWebhooks();
        return app;
    }

    /// <summary>A route asks its token for <paramref name="scope"/>; its 401 and 403 answers are problem details.</summary>
    public static RouteHandlerBuilder Requires(this RouteHandlerBuilder route, ApiScope scope) =>
        route.RequireAuthorization(scope.Policy).WithMetadata(scope).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
}
