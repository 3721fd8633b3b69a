using System.Threading.RateLimiting;
using InterimExchange.Briefs.Contracts;
using InterimExchange.BuildingBlocks.Taxonomy;
using InterimExchange.Notifications.Contracts;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Routing.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
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
    public const int PageSize = 50;

    private static readonly ApiScope ReadBriefs = new(ApiScopes.BriefsRead, Roles.RpoCoordinator);
    private static readonly ApiScope WriteBriefs = new(ApiScopes.BriefsWrite, Roles.RpoCoordinator);
    private static readonly ApiScope ReadOutcomes = new(ApiScopes.OutcomesRead, Roles.RpoCoordinator);
    private static readonly ApiScope ReadRouted = new(ApiScopes.RoutedRead, Roles.FirmMember);
    private static readonly ApiScope RespondToRouted = new(ApiScopes.RoutedRespond, Roles.FirmMember);
    private static readonly ApiScope ReadFirmOutcomes = new(ApiScopes.OutcomesRead, Roles.FirmMember);
    private static readonly ApiScope WriteProposals = new(ApiScopes.ProposalsWrite, Roles.FirmMember);
    private static readonly ApiScope ManageWebhooks = new(ApiScopes.WebhooksManage, null);

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

        services.AddSingleton(sp => PerClientLimiter(sp.GetRequiredService<IOptions<RateLimitOptions>>().Value.PerClient));
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
                await NotYours("address", "The API has no such address: see /openapi/v1.json for its routes, and check each id is a UUID.").ExecuteAsync(context);
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
            && await http.RequestServices.GetRequiredService<IIntegrations>().FindUserAsync(client, userId, http.RequestAborted) is { IsAdmin: true };
    }

    public static WebApplication MapApiV1(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").AddEndpointFilter(LimitPerClientAsync);

        var briefs = api.MapGroup("/briefs").WithTags("Briefs (RPO)");
        briefs.MapGet("/", ListBriefsAsync).Requires(ReadBriefs)
            .WithSummary("Your briefs, newest first, 50 at a time")
            .WithDescription("Filter by `status` (Draft, AwaitingBriefing, BriefingSubmitted, Confirmed, Routed, OnHold, Filled, Withdrawn...). Pass the answer's `nextCursor` as `cursor` for the next 50; it is null on the last page.");
        briefs.MapGet("/{id:guid}", async (HttpContext http, IBriefs briefs, Guid id, CancellationToken cancellationToken) =>
                Found(await briefs.GetBriefAsync(http.User.OrganisationId(), id, cancellationToken), "brief", NoBrief))
            .Requires(ReadBriefs).Produces<BriefView>()
            .WithSummary("One of your briefs, with its success criteria and commercial expectations");
        briefs.MapPost("/", CreateDraftAsync).Requires(WriteBriefs).Produces<CreatedBrief>(StatusCodes.Status201Created)
            .WithSummary("Create a draft brief for one of your client companies; 201 with its address")
            .WithDescription(DraftCodes);
        briefs.MapPut("/{id:guid}", EditDraftAsync).Requires(WriteBriefs).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Change a draft brief's details; send the ETag of your last read as If-Match (412 when it changed since, 428 without it)")
            .WithDescription(DraftCodes);
        briefs.MapPost("/{id:guid}/invitation", async (HttpContext http, IBriefs briefs, Guid id, Invitation invitation, CancellationToken cancellationToken) =>
                From(await briefs.InviteExecutiveAsync(new InviteExecutive(http.User.Acting(id), invitation.ContactId), cancellationToken), NoBrief))
            .Requires(WriteBriefs).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Invite the client's executive (one of the client company's contacts, by `contactId`) to complete the structured briefing; " +
                "their link works for 14 days, and inviting again sends a new one");
        briefs.MapGet("/{id:guid}/routed", RoutedFirmsAsync).Requires(ReadBriefs).Produces<IReadOnlyList<RoutedFirmView>>()
            .WithSummary("The firms a brief was routed to, and what each answered");
        briefs.MapGet("/{id:guid}/outcomes", async (HttpContext http, IProposals proposals, Guid id, CancellationToken cancellationToken) =>
                Found(await proposals.AskAsync(new ViewBriefDecisionsQuery(http.User.Caller(), id), cancellationToken), "brief", "Your organisation has no routed brief with this id."))
            .Requires(ReadOutcomes).Produces<BriefDecisions>()
            .WithSummary("Every decision a routed brief owes its firms: open ones with their decision-by date and owner, given ones with their outcome");

        var routed = api.MapGroup("/routed").WithTags("Routed briefs (firm)");
        routed.MapGet("/", async (HttpContext http, IProposals proposals, CancellationToken cancellationToken) =>
                TypedResults.Ok(await proposals.AskAsync(new ViewInboxQuery(http.User.Caller()), cancellationToken)))
            .Requires(ReadRouted)
            .WithSummary("The briefs routed to your firm, with their respond-by and proposals-due dates, your answer and the decision-by date");
        routed.MapGet("/{briefId:guid}", async (HttpContext http, IProposals proposals, Guid briefId, CancellationToken cancellationToken) =>
                Found(await proposals.AskAsync(new ViewRoutedBriefQuery(http.User.Caller(), briefId), cancellationToken), "routed brief", NotRouted))
            .Requires(ReadRouted).Produces<RoutedBriefView>()
            .WithSummary("A brief routed to your firm, led by its success criteria; no commercial expectations, and no client name when the brief is confidential");
        routed.MapPost("/{briefId:guid}/answer", AnswerAsync).Requires(RespondToRouted).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Answer a routed brief: interested, or decline with a reason (NoFit, NoCapacity, Conflict, Other; Other needs a note)");
        routed.MapGet("/{briefId:guid}/outcomes", async (HttpContext http, IProposals proposals, Guid briefId, CancellationToken cancellationToken) =>
                Found(await proposals.AskAsync(new ViewFirmTimelineQuery(http.User.Caller(), briefId), cancellationToken), "routed brief", NotRouted))
            .Requires(ReadFirmOutcomes).Produces<FirmTimeline>()
            .WithSummary("Where your firm stands on a routed brief: the decisions it awaits with their decision-by dates, and its timeline of outcomes");

        var proposal = routed.MapGroup("/{briefId:guid}/proposal").WithTags("Proposals (firm)");
        proposal.MapGet("/", async (HttpContext http, IProposals proposals, Guid briefId, CancellationToken cancellationToken) =>
                Found(await proposals.AskAsync(new ViewProposalQuery(http.User.Caller(), briefId), cancellationToken), "proposal", NoProposal))
            .Requires(WriteProposals).Produces<ProposalForm>()
            .WithSummary("Your firm's proposal for a brief it answered interested: the criteria to answer, the proposal as it stands (a blank draft at first), its versions");
        proposal.MapPut("/", SaveProposalAsync).Requires(WriteProposals).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Save the proposal as a draft (only lengths are checked); send the ETag of your last read of it as If-Match");
        proposal.MapPost("/submit", SubmitProposalAsync)
            .Requires(WriteProposals).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Submit the proposal, or a new version of a submitted one, before the proposals-due date: everything must be complete. " +
                "Its commercial terms stay sealed from the client's evaluators until value scoring is complete, as in the portal");
        var webhooks = api.MapGroup("/webhooks").WithTags("Webhooks");
        webhooks.MapGet("/", async (HttpContext http, IWebhooks hooks, CancellationToken cancellationToken) =>
                TypedResults.Ok(await hooks.ListAsync(http.User.OrganisationId(), cancellationToken)))
            .Requires(ManageWebhooks)
            .WithSummary("Your organisation's webhook subscriptions");
        webhooks.MapPost("/", SubscribeAsync).Requires(ManageWebhooks).Produces<CreatedSubscription>(StatusCodes.Status201Created)
            .WithSummary("Subscribe an https address to events; 201 with the signing secret, shown this once")
            .WithDescription($"`events`: {string.Join(", ", WebhookEvents.Descriptions.Select(e => $"`{e.Key}` ({e.Value})"))}. RPOs subscribe to " +
                $"{string.Join(", ", WebhookEvents.For(OrganisationKind.RpoProvider))}; firms to {string.Join(", ", WebhookEvents.For(OrganisationKind.SpecialistFirm))}.");
        webhooks.MapDelete("/{id:guid}", async (HttpContext http, IWebhooks hooks, Guid id, CancellationToken cancellationToken) =>
                From(await hooks.DisableAsync(http.User.OrganisationId(), id, cancellationToken), NoWebhook))
            .Requires(ManageWebhooks).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Disable a subscription: nothing more is sent to it");
        webhooks.MapGet("/{id:guid}/deliveries", async (HttpContext http, IWebhooks hooks, Guid id, CancellationToken cancellationToken) =>
                Found(await hooks.DeliveriesAsync(http.User.OrganisationId(), id, cancellationToken), "webhook", NoWebhook))
            .Requires(ManageWebhooks).Produces<IReadOnlyList<WebhookDeliveryView>>()
            .WithSummary("A subscription's latest 50 deliveries: attempts, the receiver's last answer, and the next attempt");
        webhooks.MapPost("/deliveries/{deliveryId:guid}/replay", async (HttpContext http, IWebhooks hooks, Guid deliveryId, CancellationToken cancellationToken) =>
                From(await hooks.ReplayAsync(http.User.OrganisationId(), deliveryId, cancellationToken), "Your organisation has no webhook delivery with this id."))
            .Requires(ManageWebhooks).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Send a delivery again now, with the same id and body");

        proposal.MapPost("/withdraw", async (HttpContext http, IProposals proposals, Guid briefId, Withdrawal withdrawal, CancellationToken cancellationToken) =>
                From(await proposals.SendAsync(new WithdrawProposalCommand(http.User.Caller(), briefId, withdrawal.Reason ?? ""), cancellationToken), NoProposal))
            .Requires(WriteProposals).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Withdraw your firm's submitted proposal, with the reason the RPO will read");
        return app;
    }

    /// <summary>
    /// Who an API change is recorded as: the person an app acts for; for an integration acting as its organisation, the admin
    /// who registered it, named as the organisation in what people read (a brief's history, an invitation's email).
    /// </summary>
    private static BriefCommand Acting(this System.Security.Claims.ClaimsPrincipal token, Guid briefId) =>
        new(token.OrganisationId(), briefId, Guid.Parse(token.FindFirst(AccountClaims.ActsAs)!.Value), token.ActorName());

    public static string ActorName(this System.Security.Claims.ClaimsPrincipal token) =>
        token.FindFirst(AccountClaims.OrganisationName)?.Value ?? token.FindFirst(OpenIddictConstants.Claims.Name)?.Value ?? "";

    /// <summary>The codes a draft's fields take, from the taxonomy the portal's lists show.</summary>
    private static string DraftCodes =>
        $"`sector`: {Codes(Taxonomy.Sectors)}. `function`: {Codes(Taxonomy.Functions)}. `seniority`: {Codes(Taxonomy.Seniorities)}. " +
        $"`region`: {Codes(Taxonomy.Regions)}. `remotePolicy`: {string.Join(", ", Enum.GetNames<RemotePolicy>())}. `clientCompanyId`: one of your client companies. " +
        "`expectedStart` (not in the past) as yyyy-mm-dd; `durationMonths` 1 to 36.";

    private static string Codes(IEnumerable<TaxonomyItem> items) => string.Join(", ", items.Select(i => $"`{i.Code}` ({i.Name})"));

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

    private static async Task<IResult> AnswerAsync(HttpContext http, IProposals proposals, Guid briefId, Answer answer, CancellationToken cancellationToken) =>
        From(await proposals.SendAsync(new RespondToRoutedBriefCommand(http.User.Caller(), briefId, answer.Interested, answer.Reason, answer.Note), cancellationToken),
            NotRouted);

    private static async Task<IResult> RoutedFirmsAsync(HttpContext http, IBriefs briefs, IRouting routing, Guid id, CancellationToken cancellationToken) =>
        await briefs.GetBriefAsync(http.User.OrganisationId(), id, cancellationToken) is null
            ? NotYours("brief", NoBrief)
            : Results.Ok(await routing.AskAsync(new RoutedFirmsQuery(http.User.Caller(), id), cancellationToken));

    private static async Task<IResult> CreateDraftAsync(HttpContext http, IBriefs briefs, Draft draft, CancellationToken cancellationToken)
    {
        var result = await briefs.SaveDraftAsync(draft.For(http.User, null), cancellationToken);
        return result.Succeeded ? TypedResults.Created($"/api/v1/briefs/{result.Id}", new CreatedBrief(result.Id!.Value)) : From(result, "");
    }

    private static async Task<IResult> EditDraftAsync(HttpContext http, IBriefs briefs, Guid id, Draft draft, CancellationToken cancellationToken) =>
        await briefs.GetBriefAsync(http.User.OrganisationId(), id, cancellationToken) is not { } current
            ? NotYours("brief", NoBrief)
            : Unchanged(http, current, "brief")
                ?? From(await briefs.SaveDraftAsync(draft.For(http.User, id), cancellationToken), NoBrief);

    private const string NoWebhook = "Your organisation has no webhook subscription with this id.";

    private static async Task<IResult> SubscribeAsync(HttpContext http, IWebhooks hooks, Subscription subscription, CancellationToken cancellationToken)
    {
        var kind = http.User.IsInRole(Roles.FirmMember) ? OrganisationKind.SpecialistFirm : OrganisationKind.RpoProvider;
        var issued = await hooks.SubscribeAsync(new Subscribe(http.User.OrganisationId(), kind, subscription.Address ?? "", subscription.Events ?? [], http.User.ActorName()),
            cancellationToken);
        return issued.Result.Succeeded
            ? TypedResults.Created($"/api/v1/webhooks/{issued.Id}", new CreatedSubscription(issued.Id!.Value, issued.Secret!))
            : From(issued.Result, NoWebhook);
    }

    private const string NoProposal = "Your firm has no proposal for this brief: it was not routed to you, or you did not answer interested.";

    private static async Task<IResult> SaveProposalAsync(HttpContext http, IProposals proposals, Guid briefId, ProposalInput input, CancellationToken cancellationToken) =>
        await proposals.AskAsync(new ViewProposalQuery(http.User.Caller(), briefId), cancellationToken) is not { } current
            ? NotYours("proposal", NoProposal)
            : Unchanged(http, current, "proposal")
                ?? From(await proposals.SendAsync(new SaveProposalDraftCommand(http.User.Caller(), briefId, input), cancellationToken), NoProposal);

    /// <summary>The proposal is fitted to the brief's criteria first, so that an answer not sent is refused with everything else missing.</summary>
    private static async Task<IResult> SubmitProposalAsync(HttpContext http, IProposals proposals, Guid briefId, ProposalInput input, CancellationToken cancellationToken) =>
        await proposals.AskAsync(new ViewProposalQuery(http.User.Caller(), briefId), cancellationToken) is not { } current
            ? From(BuildingBlocks.Results.Result.NotFound(), NoProposal)
            : From(await proposals.SendAsync(new SubmitProposalCommand(http.User.Caller(), briefId, input.FitCriteria(current.Criteria.Count)), cancellationToken), NoProposal);

    /// <summary>
    /// An edit must name the version it was made on: null when <c>If-Match</c> holds the ETag of <paramref name="current"/> as it is
    /// read now, else 428 (none sent) or 412 (it changed since).
    /// </summary>
    private static IResult? Unchanged<T>(HttpContext http, T current, string what) =>
        http.Request.Headers.IfMatch.Count == 0
            ? TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required",
                detail: $"Read the {what} first and send its ETag as If-Match, so that a change made since is not overwritten.")
            : http.Request.Headers.IfMatch.Contains(ApiAnswers.ETagOf(http, current)) ? null
            : TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: $"The {what} changed since you read it",
                detail: "Read it again, apply your change to what it is now, and send the new ETag.");

    /// <summary>A use case's <see cref="BuildingBlocks.Results.Result"/> as the API answers it: 204, 404, or 400 with each field's errors.</summary>
    private static IResult From(BuildingBlocks.Results.Result result, string notFound) =>
        result.IsNotFound ? NotYours("brief", notFound)
        : result.Succeeded ? TypedResults.NoContent()
        : TypedResults.ValidationProblem(result.Errors.ToDictionary(e => e.Key.Length == 0 ? "" : char.ToLowerInvariant(e.Key[0]) + e.Key[1..], e => e.Value));

    private const string NoBrief = "Your organisation has no brief with this id.";
    private const string NotRouted = "No brief with this id was routed to your firm.";

    /// <summary>What a read found, or 404 when it is not the caller's (or does not exist: the two are not told apart).</summary>
    private static IResult Found<T>(T? value, string what, string detail) => value is { } found ? TypedResults.Ok(found) : NotYours(what, detail);

    private static ProblemHttpResult NotYours(string what, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what}", detail: detail);

    /// <summary>Each integration may make <see cref="RateLimitOptions.PerClient"/> calls per window, whatever token it holds and for whomever.</summary>
    private static PartitionedRateLimiter<string> PerClientLimiter(RateLimitOptions.Limit limit) =>
        PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        }));

    private static async ValueTask<object?> LimitPerClientAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        // The app the token was issued to, whether it acts as its organisation or for one of its people.
        var client = http.User.GetPresenters().FirstOrDefault() ?? http.User.FindFirst(OpenIddictConstants.Claims.Subject)?.Value ?? "";
        using var lease = http.RequestServices.GetRequiredService<PartitionedRateLimiter<string>>().AttemptAcquire(client);
        if (lease.IsAcquired)
        {
            return await next(context);
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            detail: $"This integration made more calls than its limit; try again in {Math.Ceiling(retryAfter.TotalSeconds)} seconds.");
    }
}

/// <summary>A draft brief's details, as an RPO's system sends them.</summary>
internal sealed record Draft(string? RoleTitle, Guid? ClientCompanyId, string? Sector, string? Function, string? Seniority, string? Location, string? Region,
    RemotePolicy? RemotePolicy, DateOnly? ExpectedStart, int? DurationMonths, bool Confidential)
{
    public SaveDraft For(System.Security.Claims.ClaimsPrincipal token, Guid? briefId) =>
        new(token.OrganisationId(), briefId, token.ActorName(), RoleTitle, ClientCompanyId, Sector, Function, Seniority, Location, Region, RemotePolicy, ExpectedStart, DurationMonths,
            Confidential);
}

/// <summary>A webhook subscription as a system asks for it.</summary>
internal sealed record Subscription(string? Address, IReadOnlyList<string>? Events);

/// <summary>Which of the client company's contacts to invite to brief.</summary>
internal sealed record Invitation(Guid ContactId);

/// <summary>Why the firm withdraws its proposal.</summary>
internal sealed record Withdrawal(string? Reason);

/// <summary>A firm's answer to a routed brief.</summary>
internal sealed record Answer(bool Interested, DeclineReason? Reason, string? Note);

/// <summary>A page of briefs; <see cref="NextCursor"/> fetches the next one and is null on the last.</summary>
internal sealed record BriefList(IReadOnlyList<BriefListItem> Items, string? NextCursor);

/// <summary>A draft brief created: its id, also in the answer's <c>Location</c>.</summary>
internal sealed record CreatedBrief(Guid Id);

/// <summary>A webhook subscription created, with the secret its deliveries are signed with: shown this once.</summary>
internal sealed record CreatedSubscription(Guid Id, string Secret);
