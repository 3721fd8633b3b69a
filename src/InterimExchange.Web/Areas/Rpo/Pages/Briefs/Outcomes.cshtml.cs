namespace InterimExchange.Web.Areas.Rpo.Pages.Briefs;

/// <summary>Every item of a brief that a firm awaits, with its owner and decision-by date: give an outcome, move a date, or close the brief.</summary>
public sealed class OutcomesModel(IProposals proposals) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid DecisionId { get; set; }

    [BindProperty]
    public NotProgressedReason? Reason { get; set; }

    [BindProperty]
    public string? Feedback { get; set; }

    [BindProperty]
    public DateOnly? MoveTo { get; set; }

    [BindProperty]
    public string? MoveReason { get; set; }

    public BriefDecisions Decisions { get; private set; } = null!;

    /// <summary>The item whose form was refused: it opens again with what was typed and the errors.</summary>
    public Guid? Refused { get; private set; }

    /// <summary>What stands between the coordinator and shortlisting, or null when nothing does.</summary>
    public string? ShortlistBlockedBy { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var decisions = await proposals.AskAsync(new ViewBriefDecisionsQuery(User.Caller(), Id), cancellationToken);
        if (decisions is null)
        {
            return NotFound();
        }

        Decisions = decisions;
        var scoring = await proposals.AskAsync(new ViewEvaluationQuery(User.Caller(), Id), cancellationToken);
        ShortlistBlockedBy = scoring switch
        {
            null => null,
            { ProposalsHiddenUntil: { } until } => $"proposals can be read from {until:d MMMM yyyy}",
            { ScoringComplete: false } when scoring.ScoresRequired > scoring.ScoresGiven =>
                $"{scoring.ScoresRequired - scoring.ScoresGiven} of {scoring.ScoresRequired} scores are still missing (or close scoring with a reason)",
            { Sealed: true } => "the commercial terms are still sealed: close scoring with a reason to read them",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostNotProgressAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await proposals.SendAsync(new NotProgressCommand(User.Caller(), Id, DecisionId, Reason, Feedback), cancellationToken),
            "Outcome given: the firm is told, with your feedback.", cancellationToken);

    public async Task<IActionResult> OnPostMoveAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await proposals.SendAsync(new MoveDecisionDateCommand(User.Caller(), Id, DecisionId, MoveTo, MoveReason), cancellationToken),
            "Date moved: the firm sees the new date and your reason.", cancellationToken);

    private Task<IActionResult> AfterAsync(Result result, string confirmation, CancellationToken cancellationToken) =>
        this.AfterChangeAsync(result, confirmation, Request.Path, () =>
        {
            Refused = DecisionId;
            return OnGetAsync(cancellationToken);
        });
}
