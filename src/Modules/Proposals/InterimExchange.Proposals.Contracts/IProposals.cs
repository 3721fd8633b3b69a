using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.UseCases;
using InterimExchange.Routing.Contracts;

namespace InterimExchange.Proposals.Contracts;

/// <summary>
/// The Proposals module's one entry: a firm's inbox of routed briefs and its answers; its proposal for a brief it answered
/// interested (drafted, submitted before the proposals-due date, amended with each version kept, or withdrawn); their
/// value-first evaluation; the outcome every firm is owed by a promised date; and the engagement that fills the brief.
/// A firm reaches only what was routed to it, and its own proposal.
/// </summary>
public interface IProposals : IModuleEntry<IProposals>;

/// <summary>The caller's organisation's proposal (a blank draft at first); null when the brief was not routed to it or it did not answer interested.</summary>
public sealed record ViewProposalQuery(Caller By, Guid BriefId) : IQuery<IProposals, ProposalForm?>;

/// <summary>Saves the caller's organisation's proposal as a draft as it stands; nothing is checked but lengths.</summary>
public sealed record SaveProposalDraftCommand(Caller By, Guid BriefId, ProposalInput Input) : ICommand<IProposals>;

/// <summary>Submits the caller's organisation's proposal, or a new version of a submitted one: everything must be complete.</summary>
public sealed record SubmitProposalCommand(Caller By, Guid BriefId, ProposalInput Input) : ICommand<IProposals>;

/// <summary>The caller's organisation withdraws its submitted proposal, with the reason the coordinator reads.</summary>
public sealed record WithdrawProposalCommand(Caller By, Guid BriefId, string? WithdrawalReason) : ICommand<IProposals>;

public enum ProposalStatus
{
    Draft,
    Submitted,
    Withdrawn,
}

public enum FeeBasis
{
    DayRate,
    FixedFee,
}

/// <summary>A success criterion as evaluators and firms read it, numbered from 1.</summary>
public sealed record CriterionView(int Number, string Outcome, string Measure, string Horizon);

/// <summary>
/// What the firm's proposal page shows: the criteria to answer, the proposal, whether it can still change, what the RPO
/// decided on it so far, and whether there is still something to withdraw from.
/// </summary>
public sealed record ProposalForm(Guid BriefId, string RoleTitle, DateOnly ProposalsDue, IReadOnlyList<CriterionView> Criteria, ProposalStatus Status,
    int Version, DateTime? SubmittedAtUtc, string? WithdrawalReason, string? ClosedBecause, ProposalInput Input, IReadOnlyList<ProposalVersionView> Versions,
    IReadOnlyList<string> Outcomes, bool CanWithdraw)
{
    public bool CanChange => ClosedBecause is null;
}

public sealed record ProposalVersionView(int Version, DateTime SubmittedAtUtc);

/// <summary>The proposal as the firm writes it; the form binds to it.</summary>
public sealed class ProposalInput
{
    public const int MaximumCandidates = 3;

    /// <summary>How the firm's interim would achieve each success criterion, by criterion number.</summary>
    public List<CriterionText> Approaches { get; set; } = new();

    public List<CandidateInput> Candidates { get; set; } = new();

    /// <summary>Sealed: no evaluator sees it before value scoring of the brief is complete.</summary>
    public CommercialInput Commercial { get; set; } = new();

    /// <summary>Gives the proposal one approach, and each candidate one rationale, per criterion (numbered from 1), in criterion order.</summary>
    public ProposalInput FitCriteria(int criteria)
    {
        List<CriterionText> Slots(List<CriterionText> texts) =>
            Enumerable.Range(1, criteria).Select(n => texts.FirstOrDefault(t => t.Criterion == n) ?? new CriterionText { Criterion = n }).ToList();
        Approaches = Slots(Approaches);
        foreach (var candidate in Candidates)
        {
            candidate.Rationales = Slots(candidate.Rationales);
        }

        return this;
    }
}

public sealed class CriterionText
{
    public int Criterion { get; set; }

    public string? Text { get; set; }
}

/// <summary>An anonymised candidate: no name, an alias the firm chooses; a rationale per criterion citing the candidate's own record.</summary>
public sealed class CandidateInput
{
    public Guid Id { get; set; }

    public string? Alias { get; set; }

    public string? Headline { get; set; }

    public int? YearsInSeniorRoles { get; set; }

    public string? Achievements { get; set; }

    public DateOnly? AvailableFrom { get; set; }

    public List<CriterionText> Rationales { get; set; } = new();
}

public sealed class CommercialInput
{
    public FeeBasis? Basis { get; set; }

    public decimal? Amount { get; set; }

    public string? Currency { get; set; }

    public string? Terms { get; set; }
}

public static class ProposalWords
{
    public static string Describe(this ProposalStatus status) => status switch
    {
        ProposalStatus.Draft => "Draft",
        ProposalStatus.Submitted => "Submitted",
        ProposalStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };

    public static string Describe(this FeeBasis basis) => basis switch
    {
        FeeBasis.DayRate => "Day rate",
        FeeBasis.FixedFee => "Fixed fee",
        _ => basis.ToString(),
    };
}
