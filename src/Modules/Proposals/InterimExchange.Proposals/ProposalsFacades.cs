using InterimExchange.Proposals.Features.ReviewEngagement;
using InterimExchange.Proposals.Features.ViewEngagement;
using InterimExchange.Proposals.Features.CloseBrief;
using InterimExchange.Proposals.Features.CloseScoring;
using InterimExchange.Proposals.Features.ViewDecisions;
using InterimExchange.Proposals.Features.SetDecisionPolicy;
using InterimExchange.Proposals.Features.MoveDecisionDate;
using InterimExchange.Proposals.Features.NotProgress;
using InterimExchange.Proposals.Features.ScoreProposal;
using InterimExchange.Proposals.Features.ShortlistCandidate;
using InterimExchange.Proposals.Features.ViewEvaluation;
using InterimExchange.Proposals.Features.ViewInbox;
using InterimExchange.Proposals.Features.RespondToRoutedBrief;
using InterimExchange.Proposals.Features.ViewProposal;
using InterimExchange.Proposals.Features.SaveProposalDraft;
using InterimExchange.Proposals.Features.SubmitProposal;
using InterimExchange.Proposals.Features.WithdrawProposal;

namespace InterimExchange.Proposals;

internal sealed class EvaluationFacade(
    ViewEvaluationHandler view,
    ScoreProposalHandler score,
    CloseScoringHandler closeScoring,
    ShortlistCandidateHandler shortlist) : IEvaluation
{
    public Task<EvaluationView?> GetAsync(Evaluator evaluator, Guid briefId, CancellationToken cancellationToken) => view.GetAsync(evaluator, briefId, cancellationToken);

    public Task<Result> ScoreAsync(Evaluator evaluator, Guid briefId, Guid proposalId, IReadOnlyList<ScoreInput> scores, CancellationToken cancellationToken) =>
        score.HandleAsync(evaluator, briefId, proposalId, scores, cancellationToken);

    public Task<Result> CloseScoringAsync(Evaluator evaluator, Guid briefId, string reason, CancellationToken cancellationToken) =>
        closeScoring.HandleAsync(evaluator, briefId, reason, cancellationToken);

    public Task<Result> ShortlistAsync(Evaluator evaluator, Guid briefId, Guid proposalId, Guid candidateId, CancellationToken cancellationToken) =>
        shortlist.HandleAsync(evaluator, briefId, proposalId, candidateId, cancellationToken);
}

internal sealed class OutcomesFacade(
    ViewDecisionsHandler board,
    CloseBriefHandler close,
    NotProgressHandler notProgress,
    MoveDecisionDateHandler move,
    SetDecisionPolicyHandler setPolicy) : IOutcomes
{
    public Task<DecisionBoard> BoardAsync(Guid rpoId, CancellationToken cancellationToken) => board.BoardAsync(rpoId, cancellationToken);

    public Task<BriefDecisions?> ForBriefAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken) => board.ForBriefAsync(rpoId, briefId, cancellationToken);

    public Task<ClosingPreview?> PreviewAsync(Guid rpoId, Guid briefId, BriefClosing closing, CancellationToken cancellationToken) =>
        close.PreviewAsync(rpoId, briefId, closing, cancellationToken);

    public Task<Result> CloseBriefAsync(Coordinator by, Guid briefId, BriefClosing closing, IReadOnlyDictionary<Guid, string> personalMessages, CancellationToken cancellationToken) =>
        close.HandleAsync(by, briefId, closing, personalMessages, cancellationToken);

    public Task<Result> NotProgressAsync(Coordinator by, Guid briefId, Guid decisionId, NotProgressedReason? reason, string? feedback, CancellationToken cancellationToken) =>
        notProgress.HandleAsync(by, briefId, decisionId, new NotProgressing(reason, feedback), cancellationToken);

    public Task<Result> MoveDecisionDateAsync(Coordinator by, Guid briefId, Guid decisionId, DateOnly? to, string? reason, CancellationToken cancellationToken) =>
        move.HandleAsync(by, briefId, decisionId, new DateMove(to, reason), cancellationToken);

    public Task<FirmTimeline?> TimelineAsync(Guid firmId, Guid briefId, CancellationToken cancellationToken) => board.TimelineAsync(firmId, briefId, cancellationToken);

    public Task<Result> SetPolicyAsync(Guid rpoId, DecisionPolicyView policy, CancellationToken cancellationToken) => setPolicy.HandleAsync(rpoId, policy, cancellationToken);
}

internal sealed class FirmInboxFacade(ViewInboxHandler view, RespondToRoutedBriefHandler respond) : IFirmInbox
{
    public Task<IReadOnlyList<InboxItemView>> ListAsync(Guid firmId, CancellationToken cancellationToken) => view.ListAsync(firmId, cancellationToken);

    public Task<RoutedBriefView?> GetAsync(Guid firmId, Guid briefId, CancellationToken cancellationToken) => view.GetAsync(firmId, briefId, cancellationToken);

    public Task<Result> RespondAsync(RespondToBrief request, CancellationToken cancellationToken) => respond.HandleAsync(request, cancellationToken);
}

internal sealed class ProposalsFacade(
    ViewProposalHandler view,
    SaveProposalDraftHandler draft,
    SubmitProposalHandler submit,
    WithdrawProposalHandler withdraw) : IProposals
{
    public Task<ProposalForm?> GetAsync(Guid firmId, Guid briefId, CancellationToken cancellationToken) => view.GetAsync(firmId, briefId, cancellationToken);

    public Task<Result> SaveDraftAsync(Guid firmId, Guid briefId, ProposalInput input, CancellationToken cancellationToken) =>
        draft.HandleAsync(firmId, briefId, input, cancellationToken);

    public Task<Result> SubmitAsync(Guid firmId, Guid briefId, ProposalInput input, CancellationToken cancellationToken) =>
        submit.HandleAsync(firmId, briefId, input, cancellationToken);

    public Task<Result> WithdrawAsync(Guid firmId, Guid briefId, string reason, CancellationToken cancellationToken) =>
        withdraw.HandleAsync(firmId, briefId, reason, cancellationToken);
}

/// <summary>The engagements facade: reading one, reviewing its criteria, extending and ending it.</summary>
internal sealed class EngagementsFacade(ViewEngagementHandler views, ReviewEngagementHandler reviews) : IEngagements
{
    public Task<EngagementView?> ForCoordinatorAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken) => views.ForCoordinatorAsync(rpoId, briefId, cancellationToken);

    public Task<EngagementView?> ForClientExecutiveAsync(Guid userId, Guid briefId, CancellationToken cancellationToken) =>
        views.ForClientExecutiveAsync(userId, briefId, cancellationToken);

    public Task<EngagementView?> ForFirmAsync(Guid firmId, Guid briefId, CancellationToken cancellationToken) => views.ForFirmAsync(firmId, briefId, cancellationToken);

    public Task<IReadOnlyList<ReviewDueView>> DueForClientExecutiveAsync(Guid userId, CancellationToken cancellationToken) =>
        views.DueForClientExecutiveAsync(userId, cancellationToken);

    public Task<Result> ReviewAsync(EngagementReviewer by, Guid briefId, IReadOnlyList<CriterionReview> input, CancellationToken cancellationToken) =>
        reviews.ReviewAsync(by, briefId, input, cancellationToken);

    public Task<Result> ExtendAsync(Coordinator by, Guid briefId, DateOnly? plannedEnd, CancellationToken cancellationToken) =>
        reviews.ExtendAsync(by, briefId, plannedEnd, cancellationToken);

    public Task<Result> EndAsync(Coordinator by, Guid briefId, EndEngagement input, CancellationToken cancellationToken) => reviews.EndAsync(by, briefId, input, cancellationToken);
}
