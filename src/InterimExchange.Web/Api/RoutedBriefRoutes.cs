using static InterimExchange.Web.Api.ApiProblems;
using static InterimExchange.Web.Api.ApiV1;

namespace InterimExchange.Web.Api;

/// <summary>The briefs routed to a firm, and its answer to each: <c>/api/v1/routed</c>.</summary>
internal static class RoutedBriefRoutes
{
    public const string NotRouted = "No brief with this id was routed to your firm.";

    public static RouteGroupBuilder MapRoutedBriefs(this RouteGroupBuilder api)
    {
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
        return routed;
    }

    private static async Task<IResult> AnswerAsync(HttpContext http, IProposals proposals, Guid briefId, Answer answer, CancellationToken cancellationToken) =>
        From(await proposals.SendAsync(new RespondToRoutedBriefCommand(http.User.Caller(), briefId, answer.Interested, answer.Reason, answer.Note), cancellationToken),
            NotRouted);
}

/// <summary>A firm's answer to a routed brief.</summary>
internal sealed record Answer(bool Interested, DeclineReason? Reason, string? Note);
