using InterimExchange.BuildingBlocks.Taxonomy;
using Microsoft.AspNetCore.Http.HttpResults;
using static InterimExchange.Web.Api.ApiConcurrency;
using static InterimExchange.Web.Api.ApiProblems;
using static InterimExchange.Web.Api.ApiV1;

namespace InterimExchange.Web.Api;

/// <summary>An RPO's briefs: <c>/api/v1/briefs</c>.</summary>
internal static class BriefRoutes
{
    private const int PageSize = 50;

    private const string NoBrief = "Your organisation has no brief with this id.";

    public static RouteGroupBuilder MapBriefs(this RouteGroupBuilder api)
    {
        var briefs = api.MapGroup("/briefs").WithTags("Briefs (RPO)");
        briefs.MapGet("/", ListBriefsAsync).Requires(ReadBriefs)
            .WithSummary("Your briefs, newest first, 50 at a time")
            .WithDescription("Filter by `status` (Draft, AwaitingBriefing, BriefingSubmitted, Confirmed, Routed, OnHold, Filled, Withdrawn...). Pass the answer's `nextCursor` as `cursor` for the next 50; it is null on the last page.");
        briefs.MapGet("/{id:guid}", async (HttpContext http, IBriefs briefs, Guid id, CancellationToken cancellationToken) =>
                Found(await briefs.AskAsync(new ReviewBriefQuery(http.User.OrganisationId(), id), cancellationToken), "brief", NoBrief))
            .Requires(ReadBriefs).Produces<BriefView>()
            .WithSummary("One of your briefs, with its success criteria and commercial expectations");
        briefs.MapPost("/", CreateDraftAsync).Requires(WriteBriefs).Produces<CreatedBrief>(StatusCodes.Status201Created)
            .WithSummary("Create a draft brief for one of your client companies; 201 with its address")
            .WithDescription(DraftCodes);
        briefs.MapPut("/{id:guid}", EditDraftAsync).Requires(WriteBriefs).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Change a draft brief's details; send the ETag of your last read as If-Match (412 when it changed since, 428 without it)")
            .WithDescription(DraftCodes);
        briefs.MapPost("/{id:guid}/invitation", async (HttpContext http, IBriefs briefs, Guid id, Invitation invitation, CancellationToken cancellationToken) =>
                From(await briefs.SendAsync(new InviteExecutiveCommand(http.User.Caller(), id, invitation.ContactId), cancellationToken), NoBrief))
            .Requires(WriteBriefs).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Invite the client's executive (one of the client company's contacts, by `contactId`) to complete the structured briefing; " +
                "their link works for 14 days, and inviting again sends a new one");
        briefs.MapGet("/{id:guid}/routed", RoutedFirmsAsync).Requires(ReadBriefs).Produces<IReadOnlyList<RoutedFirmView>>()
            .WithSummary("The firms a brief was routed to, and what each answered");
        return briefs;
    }

    /// <summary>The codes a draft's fields take, from the taxonomy the portal's lists show.</summary>
    private static string DraftCodes =>
        $"`sector`: {Codes(Taxonomy.Sectors)}. `function`: {Codes(Taxonomy.Functions)}. `seniority`: {Codes(Taxonomy.Seniorities)}. " +
        $"`region`: {Codes(Taxonomy.Regions)}. `remotePolicy`: {string.Join(", ", Enum.GetNames<RemotePolicy>())}. `clientCompanyId`: one of your client companies. " +
        "`expectedStart` (not in the past) as yyyy-mm-dd; `durationMonths` 1 to 36.";

    private static string Codes(IEnumerable<TaxonomyItem> items) => string.Join(", ", items.Select(i => $"`{i.Code}` ({i.Name})"));

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

        var result = await briefs.AskAsync(new ListBriefsQuery(http.User.OrganisationId(), parsed, null, page, PageSize), cancellationToken);
        var more = result.Page < result.Pages;
        return TypedResults.Ok(new BriefList(result.Items, more ? (result.Page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
    }

    private static async Task<IResult> RoutedFirmsAsync(HttpContext http, IBriefs briefs, IRouting routing, Guid id, CancellationToken cancellationToken) =>
        await briefs.AskAsync(new ReviewBriefQuery(http.User.OrganisationId(), id), cancellationToken) is null
            ? NotYours("brief", NoBrief)
            : Results.Ok(await routing.AskAsync(new RoutedFirmsQuery(http.User.Caller(), id), cancellationToken));

    private static async Task<IResult> CreateDraftAsync(HttpContext http, IBriefs briefs, Draft draft, CancellationToken cancellationToken)
    {
        var result = await briefs.SendAsync(draft.For(http.User, null), cancellationToken);
        return result.Succeeded ? TypedResults.Created($"/api/v1/briefs/{result.Id}", new CreatedBrief(result.Id!.Value)) : From(result, "");
    }

    private static async Task<IResult> EditDraftAsync(HttpContext http, IBriefs briefs, Guid id, Draft draft, CancellationToken cancellationToken) =>
        await briefs.AskAsync(new ReviewBriefQuery(http.User.OrganisationId(), id), cancellationToken) is not { } current
            ? NotYours("brief", NoBrief)
            : Unchanged(http, current, "brief")
                ?? From(await briefs.SendAsync(draft.For(http.User, id), cancellationToken), NoBrief);
}

/// <summary>A draft brief's details, as an RPO's system sends them.</summary>
internal sealed record Draft(string? RoleTitle, Guid? ClientCompanyId, string? Sector, string? Function, string? Seniority, string? Location, string? Region,
    RemotePolicy? RemotePolicy, DateOnly? ExpectedStart, int? DurationMonths, bool Confidential)
{
    public SaveDraftCommand For(System.Security.Claims.ClaimsPrincipal token, Guid? briefId) =>
        new(token.Caller(), briefId, RoleTitle, ClientCompanyId, Sector, Function, Seniority, Location, Region, RemotePolicy, ExpectedStart, DurationMonths,
            Confidential);
}

/// <summary>Which of the client company's contacts to invite to brief.</summary>
internal sealed record Invitation(Guid ContactId);

/// <summary>A page of briefs; <see cref="NextCursor"/> fetches the next one and is null on the last.</summary>
internal sealed record BriefList(IReadOnlyList<BriefListItem> Items, string? NextCursor);

/// <summary>A draft brief created: its id, also in the answer's <c>Location</c>.</summary>
internal sealed record CreatedBrief(Guid Id);
