using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.UseCases;
using InterimExchange.Routing.Contracts;

namespace InterimExchange.Proposals.Contracts;

/// <summary>
/// Value-first evaluation of a brief's proposals by the coordinator and the client executive. Commercial terms stay sealed,
/// and are never part of a view, until every required evaluator has scored every submitted proposal and candidate against
/// every success criterion, or the coordinator closes scoring with a reason. The brief's proposals as the caller may see them;
/// null when the caller may not evaluate the brief.
/// </summary>
public sealed record ViewEvaluationQuery(Caller By, Guid BriefId) : IQuery<IProposals, EvaluationView?>;

/// <summary>
/// The caller's scores for one proposal and its candidates (a coordinator of the brief's RPO, or the client executive invited
/// to it); the last score completes scoring and unseals the terms.
/// </summary>
public sealed record ScoreProposalCommand(Caller By, Guid BriefId, Guid ProposalId, IReadOnlyList<ScoreInput> Scores) : ICommand<IProposals>;

/// <summary>The coordinator ends scoring before it is complete, with the reason kept in the brief's history; the terms unseal.</summary>
public sealed record CloseScoringCommand(Caller By, Guid BriefId, string? CloseReason) : ICommand<IProposals>;

/// <summary>The coordinator shortlists a candidate of a submitted proposal; the firm is promised a decision on it by a date.</summary>
public sealed record ShortlistCandidateCommand(Caller By, Guid BriefId, Guid ProposalId, Guid CandidateId) : ICommand<IProposals>;

public enum EvaluatorRole
{
    Coordinator,
    ClientExecutive,
}

/// <summary>One score: a proposal's approach (<see cref="Approach"/> as candidate) or a candidate, against one criterion, 1 to 5, with a line of evidence.</summary>
public sealed class ScoreInput
{
    /// <summary>The id that stands for the proposal's approach where a candidate's id would be.</summary>
    public static readonly Guid Approach = Guid.Empty;

    public const int Lowest = 1;

    public const int Highest = 5;

    public Guid CandidateId { get; set; }

    public int Criterion { get; set; }

    public int? Value { get; set; }

    public string? Evidence { get; set; }
}

public sealed record EvaluationView(
    Guid BriefId,
    string RoleTitle,
    IReadOnlyList<CriterionView> Criteria,
    IReadOnlyList<ProposalEvaluationView> Proposals,
    int ScoresRequired,
    int ScoresGiven,
    UnsealView? Unsealed,
    SelectionView? Selection,
    DateOnly ProposalsDue,
    bool ScoringComplete,
    DateOnly? ProposalsHiddenUntil = null)
{
    public bool Sealed => Unsealed is null;

    /// <summary>The first day the commercial terms may unseal: proposals have closed.</summary>
    public DateOnly TermsUnsealFrom => ProposalWindow.ClosesOn(ProposalsDue);
}

/// <summary>Proposals may be submitted and amended through their due day; from the next day they are closed, and the terms may unseal.</summary>
public static class ProposalWindow
{
    public static DateOnly ClosesOn(DateOnly proposalsDue) => proposalsDue.AddDays(1);

    public static bool Closed(DateOnly proposalsDue, DateOnly today) => today >= ClosesOn(proposalsDue);
}

public sealed record UnsealView(DateTime AtUtc, string Reason, string By);

/// <summary>The candidate selected for the brief; <paramref name="InterimName"/> once their firm gave it.</summary>
public sealed record SelectionView(Guid ProposalId, Guid CandidateId, string CandidateAlias, string FirmName, DateOnly StartDate, string? InterimName);

/// <summary>A submitted proposal as an evaluator reads it; <see cref="Commercial"/> is null while the terms are sealed.</summary>
public sealed record ProposalEvaluationView(
    Guid ProposalId,
    string FirmName,
    RoutingChannel Channel,
    int Version,
    DateTime SubmittedAtUtc,
    IReadOnlyList<CriterionAnswer> Approaches,
    IReadOnlyList<CandidateView> Candidates,
    IReadOnlyList<ScoreView> Scores,
    CommercialTermsView? Commercial)
{
    /// <summary>What is scored, in the order of the form: the approach, then each candidate.</summary>
    public IReadOnlyList<ScoredItem> Items => [new(ScoreInput.Approach, "Approach"), .. Candidates.Select(c => new ScoredItem(c.Id, c.Alias))];

    /// <summary>The mean of every score given, by both evaluators; null before the first.</summary>
    public double? MeanScore => Scores.Count == 0 ? null : Scores.Average(s => s.Value);

    /// <summary>Value for money once the terms are unsealed: mean score per 1,000 of the currency.</summary>
    public double? PointsPerThousand => Commercial is { Amount: > 0 } terms && MeanScore is { } mean ? mean / (double)(terms.Amount / 1000m) : null;

    /// <summary>Both evaluators' scores of one item on one criterion, and how far apart they are.</summary>
    public ScorePair Pair(Guid itemId, int criterion)
    {
        var coordinator = Scores.FirstOrDefault(s => s.CandidateId == itemId && s.Criterion == criterion && s.Role == EvaluatorRole.Coordinator);
        var client = Scores.FirstOrDefault(s => s.CandidateId == itemId && s.Criterion == criterion && s.Role == EvaluatorRole.ClientExecutive);
        return new ScorePair(coordinator, client, coordinator is not null && client is not null ? Math.Abs(coordinator.Value - client.Value) : null);
    }
}

/// <summary>The approach or one candidate of a proposal, as scored.</summary>
public sealed record ScoredItem(Guid Id, string Label);

public sealed record ScorePair(ScoreView? Coordinator, ScoreView? Client, int? Spread);

public sealed record CriterionAnswer(int Criterion, string Text);

public sealed record CandidateView(Guid Id, string Alias, string Headline, int YearsInSeniorRoles, string Achievements, DateOnly AvailableFrom,
    IReadOnlyList<CriterionAnswer> Rationales, bool Shortlisted, bool NotProgressed = false);

public sealed record ScoreView(Guid CandidateId, int Criterion, EvaluatorRole Role, int Value, string Evidence, string ScoredBy);

public sealed record CommercialTermsView(FeeBasis Basis, decimal Amount, string Currency, string Terms);
