using static InterimExchange.Web.Api.ApiConcurrency;
using static InterimExchange.Web.Api.ApiProblems;
using static InterimExchange.Web.Api.ApiV1;

namespace InterimExchange.Web.Api;

/// <summary>A firm's proposal for a brief routed to it: <c>/api/v1/routed/{briefId}/proposal</c>.</summary>
internal static class ProposalRoutes
{
    private const string NoProposal = "Your firm has no proposal for this brief: it was not routed to you, or you did not answer interested.";

    public static RouteGroupBuilder MapProposals(this RouteGroupBuilder routed)
    {
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
        proposal.MapPost("/withdraw", async (HttpContext http, IProposals proposals, Guid briefId, Withdrawal withdrawal, CancellationToken cancellationToken) =>
                From(await proposals.SendAsync(new WithdrawProposalCommand(http.User.Caller(), briefId, withdrawal.Reason ?? ""), cancellationToken), NoProposal))
            .Requires(WriteProposals).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Withdraw your firm's submitted proposal, with the reason the RPO will read");
        return proposal;
    }

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
}

internal sealed record Withdrawal(string? Reason);
