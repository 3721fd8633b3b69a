namespace InterimExchange.Proposals.Features;

/// <summary>Why a brief cannot close this way as things stand: asked by its preview and by the closing, before anyone is told anything.</summary>
internal static class ClosingChecks
{
    public static async Task<Result?> StateRefusalAsync(this ProposalsDbContext db, Guid briefId, BriefClosing closing, DateOnly today, CancellationToken cancellationToken) =>
        closing.Kind switch
        {
            ClosingKind.Filled when await db.Decisions.AnyAsync(d => d.BriefId == briefId && d.CandidateId == closing.CandidateId && d.Outcome != null, cancellationToken)
                => Result.Failure("", "That candidate already has an outcome: select a shortlisted candidate still awaiting one."),
            // The brief's own rule (Brief.PutOnHold), asked here first so that no firm is told of a hold that cannot happen.
            ClosingKind.OnHold when closing.ReviewDate <= today => Result.Failure("ReviewDate", "The review date must be in the future."),
            _ => null,
        };
}
