namespace InterimExchange.Web.Areas.Rpo.Pages.Briefs;

/// <summary>
/// Closing a brief (filled, on hold, withdrawn): the coordinator first sees who will be told what, may write a personal
/// message instead of any automated one, and confirms; then every open item has its outcome.
/// </summary>
public sealed class CloseModel(IProposals proposals) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public ClosingKind Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Reason { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? ReviewDate { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ProposalId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? CandidateId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? StartDate { get; set; }

    /// <summary>Asked for the preview: the reason (and review date) have been given.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Preview { get; set; }

    [BindProperty]
    public Dictionary<Guid, string> Messages { get; set; } = [];

    public ClosingPreview Plan { get; private set; } = null!;

    /// <summary>Whether the list of who is told what shows: a selection needs nothing more, a hold or withdrawal its reason first.</summary>
    public bool ShowsPlan => Plan.Check.Succeeded && (Kind == ClosingKind.Filled || Preview);

    private BriefClosing Closing => new(Kind, Reason, ReviewDate, ProposalId, CandidateId, StartDate);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var plan = await proposals.AskAsync(new PreviewClosingQuery(User.Caller(), Id, Closing), cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        if (Preview || Kind == ClosingKind.Filled)
        {
            ModelState.AddErrors(plan.Check, prefix: "");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await proposals.SendAsync(new CloseBriefCommand(User.Caller(), Id, Closing, Messages), cancellationToken);
        return await this.AfterChangeAsync(result, Kind switch
        {
            ClosingKind.Filled => "Candidate selected: the engagement starts, the brief is filled, and every firm has its outcome.",
            ClosingKind.OnHold => "The brief is on hold, and every firm waiting on it has been told.",
            _ => "The brief is withdrawn, and every firm waiting on it has been told.",
        }, $"/rpo/briefs/{Id}/outcomes", () => OnGetAsync(cancellationToken));
    }
}
