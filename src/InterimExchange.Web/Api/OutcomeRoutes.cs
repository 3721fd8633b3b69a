using static InterimExchange.Web.Api.ApiProblems;
using static InterimExchange.Web.Api.ApiV1;

namespace InterimExchange.Web.Api;

/// <summary>The decisions a routed brief owes its firms: an RPO's view under <c>/briefs</c>, a firm's under <c>/routed</c>.</summary>
internal static class OutcomeRoutes
{
    public static void MapOutcomes(RouteGroupBuilder briefs, RouteGroupBuilder routed)
    {
        briefs.MapGet("/{id:guid}/outcomes", async (HttpContext http, IProposals proposals, Guid id, CancellationToken cancellationToken) =>
                Found(await proposals.AskAsync(new ViewBriefDecisionsQuery(http.User.Caller(), id), cancellationToken), "brief", "Your organisation has no routed brief with this id."))
            .Requires(ReadOutcomes).Produces<BriefDecisions>()
            .WithSummary("Every decision a routed brief owes its firms: open ones with their decision-by date and owner, given ones with their outcome");
        routed.MapGet("/{briefId:guid}/outcomes", async (HttpContext http, IProposals proposals, Guid briefId, CancellationToken cancellationToken) =>
                Found(await proposals.AskAsync(new ViewFirmTimelineQuery(http.User.Caller(), briefId), cancellationToken), "routed brief", RoutedBriefRoutes.NotRouted))
            .Requires(ReadFirmOutcomes).Produces<FirmTimeline>()
            .WithSummary("Where your firm stands on a routed brief: the decisions it awaits with their decision-by dates, and its timeline of outcomes");
    }
}
