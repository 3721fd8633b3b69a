using InterimExchange.Briefs.Contracts;
using InterimExchange.BuildingBlocks.Time;
using InterimExchange.Proposals.Contracts.IntegrationEvents;

namespace InterimExchange.Proposals.Domain;

/// <summary>One evaluator role's score of a proposal's approach (candidate <see cref="ScoreInput.Approach"/>) or of a candidate, on one criterion.</summary>
internal sealed class Score
{
    public Guid Id { get; private set; }

    public Guid BriefId { get; private set; }

    public Guid ProposalId { get; private set; }

    public Guid CandidateId { get; private set; }

    public int Criterion { get; private set; }

    public EvaluatorRole Role { get; private set; }

    public int Value { get; private set; }

    public string Evidence { get; private set; } = "";

    public string ScoredBy { get; private set; } = "";

    public DateTime ScoredAtUtc { get; private set; }

    private Score()
    {
    }

    public Score(Guid briefId, Guid proposalId, Guid candidateId, int criterion, EvaluatorRole role)
    {
        Id = Guid.NewGuid();
        BriefId = briefId;
        ProposalId = proposalId;
        CandidateId = candidateId;
        Criterion = criterion;
        Role = role;
    }

    public void Set(int value, string evidence, string by, DateTime nowUtc)
    {
        Value = value;
        Evidence = evidence;
        ScoredBy = by;
        ScoredAtUtc = nowUtc;
    }
}

internal sealed record ShortlistEntry(Guid ProposalId, Guid CandidateId);

/// <summary>
/// The evaluation of one brief: whether value scoring is complete, when and why the commercial terms were unsealed,
/// the shortlist, and the selection. Terms unseal once, and only through <see cref="Unseal"/>.
/// </summary>
internal sealed class BriefEvaluation
{
    public Guid BriefId { get; private set; }

    public Guid RpoOrganisationId { get; private set; }

    public DateTime? ScoringCompletedAtUtc { get; private set; }

    public DateTime? UnsealedAtUtc { get; private set; }

    public string? UnsealReason { get; private set; }

    public string? UnsealedBy { get; private set; }

    public List<ShortlistEntry> Shortlist { get; private set; } = [];

    public Guid? EngagementId { get; private set; }

    private BriefEvaluation()
    {
    }

    public BriefEvaluation(Guid briefId, Guid rpoOrganisationId)
    {
        BriefId = briefId;
        RpoOrganisationId = rpoOrganisationId;
    }

    public bool TermsUnsealed => UnsealedAtUtc is not null;

    /// <summary>
    /// Value scoring is complete when every submitted proposal's approach and candidates carry a score from every required
    /// evaluator role on every criterion.
    /// </summary>
    /// <summary>Scores change until the terms are unsealed, never after.</summary>
    public void EnsureScoringOpen() =>
        BusinessRuleException.Require(!TermsUnsealed, "Scoring is over: the commercial terms are unsealed, and scores no longer change.");

    public static bool ScoringComplete(IReadOnlyCollection<Proposal> submitted, IEnumerable<Score> scores, int criteria)
    {
        var given = scores.Select(s => (s.ProposalId, s.CandidateId, s.Criterion, s.Role)).ToHashSet();
        return submitted.Count > 0 && submitted.All(p => p.ScoredItems.All(item => Enumerable.Range(1, criteria)
            .All(c => Enum.GetValues<EvaluatorRole>().All(role => given.Contains((p.Id, item, c, role))))));
    }

    /// <summary>
    /// Marks value scoring complete, and unseals once proposals have closed (<paramref name="proposalsClosed"/>): terms never
    /// unseal while a firm may still change its proposal. Returns the events, or none when there is nothing new.
    /// </summary>
    public IReadOnlyList<object> CompleteScoring(int proposals, bool proposalsClosed, DateTime nowUtc)
    {
        if (TermsUnsealed)
        {
            return [];
        }

        List<object> events = [];
        if (ScoringCompletedAtUtc is null)
        {
            ScoringCompletedAtUtc = nowUtc;
            events.Add(new ValueScoringCompleted(BriefId, RpoOrganisationId, proposals, nowUtc));
        }

        if (proposalsClosed)
        {
            events.Add(Unseal("Value scoring complete", "InterimExchange", nowUtc));
        }

        return events;
    }

    /// <summary>An amendment cleared scores (amending is possible only while sealed): scoring is incomplete until they are given again.</summary>
    public void ScoresCleared() => ScoringCompletedAtUtc = null;

    /// <summary>
    /// The coordinator closes scoring before it is complete: the reason is kept and the terms unseal. Not while proposals are
    /// open (<paramref name="proposalsDue"/> not yet past): nobody may learn a price while a proposal can still change.
    /// </summary>
    public CommercialTermsUnsealed CloseScoring(int proposals, string reason, string by, DateOnly proposalsDue, DateOnly today, DateTime nowUtc)
    {
        if (TermsUnsealed)
        {
            throw new BusinessRuleException("The commercial terms are unsealed already.");
        }

        // Checked before the count: while the RPO's own team proposes, its coordinators see no proposal until proposals close.
        BusinessRuleException.Require(today > proposalsDue,
            $"Proposals are open until the end of {proposalsDue:d MMMM yyyy}: the terms unseal only after that, so that no price is seen while a proposal can still change.");
        if (proposals == 0)
        {
            throw new BusinessRuleException("No proposal has been submitted yet: there is no scoring to close.");
        }

        return Unseal($"Scoring closed before it was complete: {reason}", by, nowUtc);
    }

    public void ShortlistCandidate(Guid proposalId, Guid candidateId)
    {
        RequireOpen();
        if (!TermsUnsealed)
        {
            throw new BusinessRuleException("Shortlisting follows value scoring: finish scoring, or close it with a reason, first.");
        }

        if (!Shortlist.Contains(new ShortlistEntry(proposalId, candidateId)))
        {
            Shortlist = [.. Shortlist, new ShortlistEntry(proposalId, candidateId)];
        }
    }

    public void Select(Guid proposalId, Guid candidateId, Guid engagementId)
    {
        RequireOpen();
        if (!Shortlist.Contains(new ShortlistEntry(proposalId, candidateId)))
        {
            throw new BusinessRuleException("Shortlist the candidate before selecting them.");
        }

        EngagementId = engagementId;
    }

    private void RequireOpen()
    {
        if (EngagementId is not null)
        {
            throw new BusinessRuleException("A candidate has been selected for this brief already.");
        }
    }

    private CommercialTermsUnsealed Unseal(string reason, string by, DateTime nowUtc)
    {
        UnsealedAtUtc = nowUtc;
        UnsealReason = PlainText.SingleLine(reason);
        UnsealedBy = by;
        return new CommercialTermsUnsealed(BriefId, RpoOrganisationId, reason, by, nowUtc);
    }
}

/// <summary>A success criterion carried into an engagement: when it is reviewed, and its review once given.</summary>
internal sealed record EngagementCriterion(int Number, string Outcome, string Measure, Horizon Horizon, DateOnly ReviewOn, CriterionRating? Rating = null,
    string? Evidence = null, string? ReviewedBy = null, DateTime? ReviewedAtUtc = null);

/// <summary>
/// The interim engagement a selection starts, with the brief's success criteria carried forward, each reviewed at its horizon:
/// 30, 90 or 180 days from the start, or the end of the assignment (which moves when the engagement is extended). Reviews are a
/// promise: <see cref="NextReviewOn"/> is the earliest review owed while the engagement runs, so that what is due is an index read.
/// </summary>
internal sealed class Engagement
{
    public Guid Id { get; private set; }

    public Guid BriefId { get; private set; }

    public Guid RpoOrganisationId { get; private set; }

    public string RoleTitle { get; private set; } = "";

    public Guid ProposalId { get; private set; }

    public Guid FirmId { get; private set; }

    public string FirmName { get; private set; } = "";

    public Guid CandidateId { get; private set; }

    public string CandidateAlias { get; private set; } = "";

    /// <summary>The interim's real name, given by the firm that proposed her once she is selected; until then she is known by <see cref="CandidateAlias"/>.</summary>
    public string? InterimName { get; private set; }

    /// <summary>How people read the interim: her name once the firm gave it, the alias until then.</summary>
    public string Interim => EngagementWords.Interim(InterimName, CandidateAlias);

    public DateOnly StartDate { get; private set; }

    public DateOnly PlannedEnd { get; private set; }

    public List<string> SuccessCriteria { get; private set; } = [];

    public List<EngagementCriterion> Criteria { get; private set; } = [];

    public DateOnly? NextReviewOn { get; private set; }

    /// <summary>The coordinator who selected the interim: the reviews are theirs to see given.</summary>
    public Guid OwnerId { get; private set; }

    public string StartedBy { get; private set; } = "";

    public DateOnly? EndedOn { get; private set; }

    public EngagementEndReason? EndReason { get; private set; }

    public string? EndNote { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    private Engagement()
    {
    }

    public Engagement(Proposal proposal, ProposedCandidate candidate, FirmBriefView brief, DateOnly startDate, Guid ownerId, string by, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        BriefId = proposal.BriefId;
        RpoOrganisationId = proposal.RpoOrganisationId;
        RoleTitle = brief.RoleTitle;
        ProposalId = proposal.Id;
        FirmId = proposal.FirmId;
        FirmName = proposal.FirmName;
        CandidateId = candidate.Id;
        CandidateAlias = candidate.Alias;
        StartDate = startDate;
        PlannedEnd = startDate.AddMonths(Math.Max(1, brief.DurationMonths));
        var carried = brief.SuccessCriteria.Where(c => c.Horizon is not null && !string.IsNullOrWhiteSpace(c.Outcome)).ToList();
        SuccessCriteria = carried.Select(c => $"{c.Outcome} (measured by: {c.Measure}; by {c.Horizon!.Value.Describe()})").ToList();
        Criteria = carried.Select((c, i) => new EngagementCriterion(i + 1, c.Outcome!, c.Measure ?? "", c.Horizon!.Value, ReviewDate(c.Horizon.Value, startDate, PlannedEnd)))
            .ToList();
        OwnerId = ownerId;
        StartedBy = by;
        CreatedAtUtc = nowUtc;
        Schedule();
    }

    /// <summary>A criterion's review date: its horizon from the start, or the planned end of the assignment.</summary>
    public static DateOnly ReviewDate(Horizon horizon, DateOnly start, DateOnly plannedEnd) => horizon switch
    {
        Horizon.Days30 => start.AddDays(30),
        Horizon.Days90 => start.AddDays(90),
        Horizon.Days180 => start.AddDays(180),
        _ => plannedEnd,
    };

    public EngagementState State(DateOnly today) =>
        EndedOn is not null ? EngagementState.EndedEarly : today > PlannedEnd ? EngagementState.Completed : EngagementState.Active;

    /// <summary>The coordinator who selected the interim left: the reviews owed are a colleague's to see given.</summary>
    public void HandOver(Guid ownerId) => OwnerId = ownerId;

    public int DaysOverdue(DateOnly today) => NextReviewOn is { } due ? new Promise(due).DaysOverdue(today) : 0;

    /// <summary>The reviews this engagement owes today, as the coordinator's and the executive's home pages list them.</summary>
    public ReviewDueView Due(DateOnly today) => new(BriefId, RoleTitle, FirmName, Interim, NextReviewOn ?? today, DaysOverdue(today),
        Criteria.Count(c => c.Rating is null && c.ReviewOn <= today));

    public EngagementStarted Started() =>
        new(Id, BriefId, RpoOrganisationId, FirmId, FirmName, CandidateAlias, StartDate, SuccessCriteria, StartedBy, CreatedAtUtc);

    /// <summary>A criterion is reviewed, and its review changed, from its review date until the engagement ends early.</summary>
    public bool Reviewable(EngagementCriterion criterion, DateOnly today) => EndedOn is null && today >= criterion.ReviewOn;

    /// <summary>Reviews several criteria at once (the review sheet); a sheet that changes nothing is refused, so its confirmation never misleads.</summary>
    public IReadOnlyList<CriterionReviewed> Review(IEnumerable<(int Number, CriterionRating Rating, string Evidence)> rows, string by, DateTime nowUtc)
    {
        var reviewed = rows.Select(r => Review(r.Number, r.Rating, r.Evidence, by, nowUtc)).OfType<CriterionReviewed>().ToList();
        BusinessRuleException.Require(reviewed.Count > 0, "Nothing changed: rate a criterion that is due, or change a review, then save.");
        return reviewed;
    }

    /// <summary>Reviews one criterion from its date on; a review that repeats the one given is no change (null).</summary>
    public CriterionReviewed? Review(int number, CriterionRating rating, string evidence, string by, DateTime nowUtc)
    {
        var today = DateOnly.FromDateTime(nowUtc);
        BusinessRuleException.Require(EndedOn is null, "The engagement has ended: its criteria are no longer reviewed.");
        var index = Criteria.FindIndex(c => c.Number == number);
        BusinessRuleException.Require(index >= 0, "Choose one of the engagement's success criteria.");
        var criterion = Criteria[index];
        BusinessRuleException.Require(Reviewable(criterion, today), $"Criterion {number} is reviewed from {criterion.ReviewOn:d MMMM yyyy}, at its horizon.");
        if (criterion.Rating == rating && criterion.Evidence == evidence)
        {
            return null;
        }

        Criteria = [.. Criteria.Take(index), criterion with { Rating = rating, Evidence = evidence, ReviewedBy = by, ReviewedAtUtc = nowUtc }, .. Criteria.Skip(index + 1)];
        Schedule();
        return new CriterionReviewed(Id, BriefId, RpoOrganisationId, FirmId, RoleTitle, CandidateAlias, number, criterion.Outcome, rating, evidence, by, nowUtc, InterimName);
    }

    /// <summary>The proposing firm names its selected interim, or corrects the name it gave; the alias stays beside it.</summary>
    public InterimNamed? NameInterim(string name, string by, DateTime nowUtc)
    {
        var given = PlainText.SingleLine(name);
        BusinessRuleException.Require(given.Length > 0, "Give the name of the interim.", "InterimName");
        if (given == InterimName)
        {
            return null;
        }

        var previous = InterimName;
        InterimName = given;
        return new InterimNamed(Id, BriefId, RpoOrganisationId, FirmId, RoleTitle, CandidateAlias, given, previous, by, nowUtc);
    }

    /// <summary>The longest an engagement runs, extensions included.</summary>
    public const int MaxYears = 5;

    public EngagementExtended Extend(DateOnly? to, string by, DateTime nowUtc)
    {
        BusinessRuleException.Require(EndedOn is null, "The engagement has ended: it cannot be extended.");
        BusinessRuleException.Require(to is { } end && end > PlannedEnd, $"Choose an end date after the current one, {PlannedEnd:d MMMM yyyy}.", "PlannedEnd");
        BusinessRuleException.Require(to!.Value <= StartDate.AddYears(MaxYears), $"An interim engagement runs at most {MaxYears} years: choose an end by {StartDate.AddYears(MaxYears):d MMMM yyyy}.",
            "PlannedEnd");
        var from = PlannedEnd;
        PlannedEnd = to!.Value;
        Criteria = Criteria.Select(c => c.Horizon == Horizon.EndOfAssignment && c.Rating is null ? c with { ReviewOn = PlannedEnd } : c).ToList();
        Schedule();
        return new EngagementExtended(Id, BriefId, RpoOrganisationId, FirmId, RoleTitle, from, PlannedEnd, by, nowUtc);
    }

    public EngagementEnded End(EngagementEndReason reason, string note, string by, DateTime nowUtc)
    {
        var today = DateOnly.FromDateTime(nowUtc);
        BusinessRuleException.Require(EndedOn is null, "The engagement has already ended.");
        BusinessRuleException.Require(today >= StartDate, "The engagement has not started yet.");
        EndedOn = today;
        EndReason = reason;
        EndNote = note;
        Schedule();
        return new EngagementEnded(Id, BriefId, RpoOrganisationId, FirmId, RoleTitle, reason, note, today, Criteria.Count(c => c.Rating is null), by, nowUtc);
    }

    private void Schedule() =>
        NextReviewOn = EndedOn is null ? Criteria.Where(c => c.Rating is null).Select(c => (DateOnly?)c.ReviewOn).Min() : null;
}
