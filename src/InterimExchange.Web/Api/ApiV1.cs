using InterimExchange.Briefs.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Abstractions;

namespace InterimExchange.Web.Api;

/// <summary>What a route of the API asks of its token: a scope, and the role of the organisation's members.</summary>
internal sealed record ApiScope(string Scope, string Role)
{
    public string Policy => $"api:{Scope}:{Role}";
}

/// <summary>
/// The REST API for integrations, <c>/api/v1</c>. Each route calls the same module contracts as the portal's pages, with the
/// organisation from the token, so the tenancy and the rules are the portals'. Errors are RFC 9457 problem details.
/// </summary>
internal static class ApiV1
{
    public const int PageSize = 50;

    public static IReadOnlyList<ApiScope> Scopes { get; } =
    [
        new(ApiScopes.BriefsRead, Roles.RpoCoordinator),
    ];

    public static IServiceCollection AddApiV1(this IServiceCollection services)
    {
        services.AddProblemDetails();
        var authorization = services.AddAuthorizationBuilder();
        foreach (var scope in Scopes)
        {
            authorization.AddPolicy(scope.Policy, policy => policy.AddAuthenticationSchemes(OpenIdServer.Scheme)
                .RequireAuthenticatedUser()
                .RequireClaim(AccountClaims.OrganisationId)
                .RequireRole(scope.Role)
                .RequireAssertion(context => context.User.HasScope(scope.Scope)));
        }

        return services;
    }

    public static WebApplication MapApiV1(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").WithTags("v1");

        var briefs = api.MapGroup("/briefs").WithTags("Briefs (RPO)");
        briefs.MapGet("/", ListBriefsAsync).Requires(Scopes[0])
            .WithSummary("Your briefs, newest first, 50 at a time")
            .WithDescription("Filter by `status` (Draft, AwaitingBriefing, BriefingSubmitted, Confirmed, Routed, OnHold, Filled, Withdrawn...). Pass the answer's `nextCursor` as `cursor` for the next 50; it is null on the last page.");
        briefs.MapGet("/{id:guid}", GetBriefAsync).Requires(Scopes[0])
            .WithSummary("One of your briefs, with its success criteria and commercial expectations");
        return app;
    }

    private static RouteHandlerBuilder Requires(this RouteHandlerBuilder route, ApiScope scope) =>
        route.RequireAuthorization(scope.Policy).WithMetadata(scope).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Results<Ok<BriefList>, ValidationProblem>> ListBriefsAsync(
        HttpContext http, IBriefs briefs, string? status, string? cursor, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        BriefStatus? parsed = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (Enum.TryParse<BriefStatus>(status, ignoreCase: true, out var value) && Enum.IsDefined(value))
            {
                parsed = value;
            }
            else
            {
                errors["status"] = [$"Use one of: {string.Join(", ", Enum.GetNames<BriefStatus>())}."];
            }
        }

        var page = 1;
        if (!string.IsNullOrEmpty(cursor) && !(int.TryParse(cursor, out page) && page > 1))
        {
            errors["cursor"] = ["Pass the nextCursor of the previous answer unchanged."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await briefs.ListBriefsAsync(new BriefQuery(http.User.OrganisationId(), parsed, null, page, PageSize), cancellationToken);
        var more = result.Page < result.Pages;
        return TypedResults.Ok(new BriefList(result.Items, more ? (result.Page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
    }

    private static async Task<Results<Ok<BriefView>, ProblemHttpResult>> GetBriefAsync(HttpContext http, IBriefs briefs, Guid id, CancellationToken cancellationToken) =>
        await briefs.GetBriefAsync(http.User.OrganisationId(), id, cancellationToken) is { } brief
            ? TypedResults.Ok(brief)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such brief", detail: "Your organisation has no brief with this id.");
}

/// <summary>A page of briefs; <see cref="NextCursor"/> fetches the next one and is null on the last.</summary>
internal sealed record BriefList(IReadOnlyList<BriefListItem> Items, string? NextCursor);
