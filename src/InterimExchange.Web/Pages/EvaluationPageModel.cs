using InterimExchange.BuildingBlocks.Results;
using InterimExchange.Proposals.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterimExchange.Web.Pages;

/// <summary>
/// Value-first evaluation of a brief's proposals, for the coordinator (RPO portal) and the client executive (client portal):
/// score each proposal and candidate against each criterion, compare side by side, and, once the terms are unsealed,
/// shortlist, then go on to select (the coordinator), which tells every firm its outcome.
/// </summary>
public abstract class EvaluationPageModel(IEvaluation evaluation) : PageModel
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

    private Evaluator Evaluator => new(Role, User.OrganisationId(), User.UserId(), User.DisplayName());

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostScoreAsync(Guid proposalId, CancellationToken cancellationToken)
    {
        var result = await evaluation.ScoreAsync(Evaluator, Id, proposalId, Scores, cancellationToken);
        if (!result.Succeeded && !result.IsNotFound)
        {
            RefusedProposalId = proposalId;
        }

        return await AfterAsync(result, "Scores saved.", cancellationToken);
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await evaluation.CloseScoringAsync(Evaluator, Id, CloseReason ?? "", cancellationToken),
            "Scoring closed and the commercial terms unsealed. The reason is in the brief's history.", cancellationToken);

    public async Task<IActionResult> OnPostShortlistAsync(Guid proposalId, Guid candidateId, CancellationToken cancellationToken) =>
        await AfterAsync(await evaluation.ShortlistAsync(Evaluator, Id, proposalId, candidateId, cancellationToken), "Candidate shortlisted.", cancellationToken);

    /// <summary>The evaluator's scoring form for one proposal: its approach, then each candidate, on every criterion.</summary>
    public IReadOnlyList<ScoreRow> ScoreRows(ProposalEvaluationView proposal)
    {
        var items = new[] { (Id: Guid.Empty, Label: "Approach") }.Concat(proposal.Candidates.Select(c => (c.Id, Label: c.Alias)));
        return items.SelectMany(item => View.Criteria.Select(criterion =>
        {
            var posted = RefusedProposalId == proposal.ProposalId
                ? Scores.FirstOrDefault(s => s.CandidateId == item.Id && s.Criterion == criterion.Number)
                : null;
            var mine = proposal.Scores.FirstOrDefault(s => s.CandidateId == item.Id && s.Criterion == criterion.Number && s.Role == Role);
            return new ScoreRow(item.Id, item.Label, criterion.Number, posted is null ? mine?.Value : posted.Value, posted is null ? mine?.Evidence : posted.Evidence);
        })).ToList();
    }

    /// <summary>The scores of one item on one criterion by both evaluators, with their spread.</summary>
    public static (ScoreView? Coordinator, ScoreView? Client, int? Spread) Pair(ProposalEvaluationView proposal, Guid itemId, int criterion)
    {
        var coordinator = proposal.Scores.FirstOrDefault(s => s.CandidateId == itemId && s.Criterion == criterion && s.Role == EvaluatorRole.Coordinator);
        var client = proposal.Scores.FirstOrDefault(s => s.CandidateId == itemId && s.Criterion == criterion && s.Role == EvaluatorRole.ClientExecutive);
        return (coordinator, client, coordinator is not null && client is not null ? Math.Abs(coordinator.Value - client.Value) : null);
    }

    /// <summary>The error of one posted score field; the posted list may be shorter than the form, so no model expression reads it.</summary>
    public string? ErrorFor(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public static double? Mean(ProposalEvaluationView proposal) => proposal.Scores.Count == 0 ? null : proposal.Scores.Average(s => s.Value);

    private async Task<IActionResult> AfterAsync(Result result, string confirmation, CancellationToken cancellationToken)
    {
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (ModelState.AddErrors(result, prefix: ""))
        {
            return await LoadAsync(cancellationToken);
        }

        TempData["Confirmation"] = confirmation;
        return Redirect(Request.Path);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken cancellationToken)
    {
        var view = await evaluation.GetAsync(Evaluator, Id, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    public sealed record ScoreRow(Guid CandidateId, string Label, int Criterion, int? Value, string? Evidence);
}
