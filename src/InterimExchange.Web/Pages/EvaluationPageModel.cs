namespace InterimExchange.Web.Pages;

/// <summary>
/// Value-first evaluation of a brief's proposals, for the coordinator (RPO portal) and the client executive (client portal):
/// score each proposal and candidate against each criterion, compare side by side, and, once the terms are unsealed,
/// shortlist, then go on to select (the coordinator), which tells every firm its outcome.
/// </summary>
public abstract class EvaluationPageModel(IProposals proposals) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public List<ScoreInput> Scores { get; set; } = [];

    [BindProperty]
    public string? CloseReason { get; set; }

    /// <summary>The proposal whose scoring form was posted and refused: it shows what was typed.</summary>
    public Guid? RefusedProposalId { get; private set; }

    public EvaluationView View { get; private set; } = null!;

    public abstract EvaluatorRole Role { get; }

    public abstract string BackPath { get; }

    public bool IsCoordinator => Role == EvaluatorRole.Coordinator;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostScoreAsync(Guid proposalId, CancellationToken cancellationToken)
    {
        var result = await proposals.SendAsync(new ScoreProposalCommand(User.Caller(), Id, proposalId, Scores), cancellationToken);
        if (!result.Succeeded && !result.IsNotFound)
        {
            RefusedProposalId = proposalId;
        }

        return await AfterAsync(result, "Scores saved.", cancellationToken);
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await proposals.SendAsync(new CloseScoringCommand(User.Caller(), Id, CloseReason ?? ""), cancellationToken),
            "Scoring closed and the commercial terms unsealed. The reason is in the brief's history.", cancellationToken);

    public async Task<IActionResult> OnPostShortlistAsync(Guid proposalId, Guid candidateId, CancellationToken cancellationToken) =>
        await AfterAsync(await proposals.SendAsync(new ShortlistCandidateCommand(User.Caller(), Id, proposalId, candidateId), cancellationToken), "Candidate shortlisted.", cancellationToken);

    /// <summary>The evaluator's scoring form for one proposal: its approach, then each candidate, on every criterion.</summary>
    public IReadOnlyList<ScoreRow> ScoreRows(ProposalEvaluationView proposal)
    {
        return proposal.Items.SelectMany(item => View.Criteria.Select(criterion =>
        {
            var posted = RefusedProposalId == proposal.ProposalId
                ? Scores.FirstOrDefault(s => s.CandidateId == item.Id && s.Criterion == criterion.Number)
                : null;
            var mine = proposal.Scores.FirstOrDefault(s => s.CandidateId == item.Id && s.Criterion == criterion.Number && s.Role == Role);
            return new ScoreRow(item.Id, item.Label, criterion.Number, posted is null ? mine?.Value : posted.Value, posted is null ? mine?.Evidence : posted.Evidence);
        })).ToList();
    }

    private Task<IActionResult> AfterAsync(Result result, string confirmation, CancellationToken cancellationToken) =>
        this.AfterChangeAsync(result, confirmation, Request.Path, () => LoadAsync(cancellationToken));

    private async Task<IActionResult> LoadAsync(CancellationToken cancellationToken)
    {
        var view = await proposals.AskAsync(new ViewEvaluationQuery(User.Caller(), Id), cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    public sealed record ScoreRow(Guid CandidateId, string Label, int Criterion, int? Value, string? Evidence);
}
