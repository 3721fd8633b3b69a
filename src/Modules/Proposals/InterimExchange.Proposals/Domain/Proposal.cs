using InterimExchange.Proposals.Contracts.IntegrationEvents;
using InterimExchange.Routing.Contracts;

namespace InterimExchange.Proposals.Domain;

internal sealed record ProposedCandidate(Guid Id, string Alias, string Headline, int? YearsInSeniorRoles, string Achievements, DateOnly? AvailableFrom,
    List<CriterionAnswer> Rationales)
{
    /// <summary>The same candidate, as an evaluator would score them: every field and every rationale alike.</summary>
    public bool SameAs(ProposedCandidate other) =>
        Id == other.Id && Alias == other.Alias && Headline == other.Headline && YearsInSeniorRoles == other.YearsInSeniorRoles
        && Achievements == other.Achievements && AvailableFrom == other.AvailableFrom && Rationales.SequenceEqual(other.Rationales);
}

/// <summary>The firm's price. Sealed: it leaves the module only once the brief's value scoring is complete or closed.</summary>
internal sealed record CommercialTerms(FeeBasis? Basis, decimal? Amount, string Currency, string Terms);

/// <summary>What a firm proposes: an approach per success criterion, one to three anonymised candidates, and sealed terms.</summary>
internal sealed record ProposalContent(List<CriterionAnswer> Approaches, List<ProposedCandidate> Candidates, CommercialTerms Commercial);

/// <summary>A submitted version, kept as it was.</summary>
internal sealed record ProposalVersion(int Version, DateTime SubmittedAtUtc, ProposalContent Content);

/// <summary>
/// One firm's proposal for one brief. Draft → submitted (amended as new versions until proposals are due) → withdrawn.
/// It can change only while the firm's window is open: see <see cref="ClosedBecause"/>.
/// </summary>
internal sealed class Proposal
{
    public Guid Id { get; private set; }

    public Guid BriefId { get; private set; }

    public Guid FirmId { get; private set; }

    public string FirmName { get; private set; } = "";

    public RoutingChannel Channel { get; private set; }

    public Guid RpoOrganisationId { get; private set; }

    public ProposalStatus Status { get; private set; }

    /// <summary>The number of submitted versions; 0 for a draft never submitted.</summary>
    public int Version { get; private set; }

    public ProposalContent Content { get; private set; } = new([], [], new CommercialTerms(null, null, "", ""));

    public List<ProposalVersion> Versions { get; private set; } = [];

    public DateTime UpdatedAtUtc { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    public string? WithdrawalReason { get; private set; }

    private Proposal()
    {
    }

    public static Proposal Start(InboxItem item, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid(),
        BriefId = item.BriefId,
        FirmId = item.FirmId,
        FirmName = item.FirmName,
        Channel = item.Channel,
        RpoOrganisationId = item.RpoOrganisationId,
        Status = ProposalStatus.Draft,
        UpdatedAtUtc = nowUtc,
    };

    /// <summary>Why the firm can no longer change its proposal, or null while it can.</summary>
    public static string? ClosedBecause(ProposalStatus status, DateOnly proposalsDue, bool termsUnsealed, DateOnly today) =>
        status == ProposalStatus.Withdrawn ? "You withdrew this proposal."
        : termsUnsealed ? "Evaluation has moved on to commercial terms: proposals for this brief are closed."
        : ProposalWindow.Closed(proposalsDue, today) ? $"Proposals were due by {proposalsDue:d MMMM yyyy}: this one can no longer change."
        : null;

    public void SaveDraft(ProposalContent content, DateTime nowUtc)
    {
        if (Status != ProposalStatus.Draft)
        {
            throw new BusinessRuleException("A submitted proposal changes by submitting a new version.");
        }

        Content = content;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>
    /// Submits the first version, or a new one of a submitted proposal; returns the event to publish. <paramref name="changed"/>
    /// is what an amendment changed (the approach, or a candidate, by the id evaluators score it under): its scores no longer hold.
    /// </summary>
    public object Submit(ProposalContent content, DateTime nowUtc, out IReadOnlyList<Guid> changed)
    {
        if (Status == ProposalStatus.Withdrawn)
        {
            throw new BusinessRuleException("You withdrew this proposal.");
        }

        var amendment = Status == ProposalStatus.Submitted;
        var before = Content;
        changed = !amendment ? [] : [
            .. before.Approaches.SequenceEqual(content.Approaches) ? [] : new[] { ScoreInput.Approach },
            .. before.Candidates.Where(old => !content.Candidates.Any(now => now.SameAs(old))).Select(old => old.Id)];
        var words = changed.Select(id => id == ScoreInput.Approach ? "the approach" : $"candidate {before.Candidates.Single(c => c.Id == id).Alias}")
            .Concat(content.Candidates.Where(c => before.Candidates.All(old => old.Id != c.Id)).Select(c => $"new candidate {c.Alias}"))
            .ToList();
        Content = content;
        Status = ProposalStatus.Submitted;
        Version++;
        Versions = [.. Versions, new ProposalVersion(Version, nowUtc, content)];
        SubmittedAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
        return amendment
            ? new ProposalAmended(Id, BriefId, FirmId, FirmName, RpoOrganisationId, Version, words, nowUtc)
            : new ProposalSubmitted(Id, BriefId, FirmId, FirmName, RpoOrganisationId, content.Candidates.Count, nowUtc);
    }

    /// <summary>Withdraws the proposal; once the brief is filled there is nothing to withdraw from, only a conversation to have.</summary>
    public ProposalWithdrawn Withdraw(string reason, bool briefFilled, DateTime nowUtc)
    {
        if (Status == ProposalStatus.Withdrawn)
        {
            throw new BusinessRuleException("You withdrew this proposal already.");
        }

        if (briefFilled)
        {
            throw new BusinessRuleException("The brief is filled, so the proposal can no longer be withdrawn. If your candidate cannot start, tell the coordinator.");
        }

        Status = ProposalStatus.Withdrawn;
        WithdrawalReason = PlainText.SingleLine(reason);
        UpdatedAtUtc = nowUtc;
        return new ProposalWithdrawn(Id, BriefId, FirmId, FirmName, RpoOrganisationId, reason, nowUtc);
    }

    /// <summary>What evaluators score: the approach (as <see cref="ScoreInput.Approach"/>) and each candidate.</summary>
    public IEnumerable<Guid> ScoredItems => [ScoreInput.Approach, .. Content.Candidates.Select(c => c.Id)];
}
