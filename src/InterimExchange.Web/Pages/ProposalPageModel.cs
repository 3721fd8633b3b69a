namespace InterimExchange.Web.Pages;

/// <summary>
/// The signed-in organisation's proposal for a brief it answered interested: a firm's in the firm portal, the RPO's own
/// sourcing team's in the RPO portal. Save a draft, submit (or submit a new version), withdraw.
/// </summary>
public abstract class ProposalPageModel(IProposals proposals) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ProposalInput Input { get; set; } = new();

    [BindProperty]
    public string? WithdrawalReason { get; set; }

    public ProposalForm Form { get; private set; } = null!;

    /// <summary>The routed brief this proposal answers.</summary>
    public string BriefPath => Request.Path.Value![..Request.Path.Value!.LastIndexOf('/')];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(keepInput: false, cancellationToken);

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) =>
        AfterAsync(proposals.SendAsync(new SaveProposalDraftCommand(User.Caller(), Id, Input), cancellationToken), "Draft saved. Come back to it at any time before proposals are due.", cancellationToken);

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        // One answer per criterion of the brief, so that an answer not sent is refused with everything else missing.
        if (await proposals.AskAsync(new ViewProposalQuery(User.Caller(), Id), cancellationToken) is not { } form)
        {
            return NotFound();
        }

        return await AfterAsync(proposals.SendAsync(new SubmitProposalCommand(User.Caller(), Id, Input.FitCriteria(form.Criteria.Count)), cancellationToken),
            "Proposal submitted. You can submit a new version until proposals are due.", cancellationToken);
    }

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken) =>
        AfterAsync(proposals.SendAsync(new WithdrawProposalCommand(User.Caller(), Id, WithdrawalReason ?? ""), cancellationToken),
            "Proposal withdrawn. The coordinator has been told why.", cancellationToken, prefix: "");

    private async Task<IActionResult> AfterAsync(Task<InterimExchange.BuildingBlocks.Results.Result> change, string confirmation, CancellationToken cancellationToken,
        string prefix = nameof(Input))
    {
        return await this.AfterChangeAsync(await change, confirmation, Request.Path, () => LoadAsync(keepInput: true, cancellationToken), prefix);
    }

    private async Task<IActionResult> LoadAsync(bool keepInput, CancellationToken cancellationToken)
    {
        var form = await proposals.AskAsync(new ViewProposalQuery(User.Caller(), Id), cancellationToken);
        if (form is null)
        {
            return NotFound();
        }

        Form = form;
        if (!keepInput)
        {
            Input = form.Input;
        }

        // Three candidate slots, and one answer per criterion everywhere.
        while (Input.Candidates.Count < ProposalInput.MaximumCandidates)
        {
            Input.Candidates.Add(new CandidateInput());
        }

        Input.FitCriteria(form.Criteria.Count);
        return Page();
    }
}
