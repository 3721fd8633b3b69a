namespace InterimExchange.Web.Areas.Admin.Pages.Firms;

/// <summary>One firm's review: its profile, the checklist, and the vetting officer's decisions.</summary>
public sealed class ReviewModel(IFirmNetwork firms) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public List<ChecklistEntry> Checklist { get; set; } = [];

    [BindProperty]
    public DateOnly? ValidUntil { get; set; }

    [BindProperty]
    public string? Question { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public FirmView Firm { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var firm = await firms.AskAsync(new ReviewFirmQuery(User.Caller(), Id), cancellationToken);
        if (firm is null)
        {
            return NotFound();
        }

        Firm = firm;
        return Page();
    }

    public Task<IActionResult> OnPostChecklistAsync(CancellationToken cancellationToken) =>
        DoAsync(firms.SendAsync(new SaveVettingChecklistCommand(User.Caller(), Id, Checklist), cancellationToken), "Checklist saved.", cancellationToken);

    /// <summary>Approving saves the checklist the form carries first: what the officer ticked is never lost to a refusal.</summary>
    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken)
    {
        var saved = Checklist.Count == 0 ? Result.Success : await firms.SendAsync(new SaveVettingChecklistCommand(User.Caller(), Id, Checklist), cancellationToken);
        return await DoAsync(saved.Succeeded ? firms.SendAsync(new ApproveFirmCommand(User.Caller(), Id, ValidUntil), cancellationToken) : Task.FromResult(saved),
            "Firm approved: it may now receive briefs.", cancellationToken);
    }

    public Task<IActionResult> OnPostAskAsync(CancellationToken cancellationToken) =>
        DoAsync(firms.SendAsync(new AskFirmForInformationCommand(User.Caller(), Id, Question ?? ""), cancellationToken), "Question sent to the firm.", cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(CancellationToken cancellationToken) =>
        DoAsync(firms.SendAsync(new RejectFirmCommand(User.Caller(), Id, Reason ?? ""), cancellationToken), "Application rejected; the firm sees your reason.", cancellationToken);

    public Task<IActionResult> OnPostSuspendAsync(CancellationToken cancellationToken) =>
        DoAsync(firms.SendAsync(new SuspendFirmCommand(User.Caller(), Id, Reason ?? ""), cancellationToken), "Firm suspended: it receives no new briefs.", cancellationToken);

    public Task<IActionResult> OnPostReinstateAsync(CancellationToken cancellationToken) =>
        DoAsync(firms.SendAsync(new ReinstateFirmCommand(User.Caller(), Id, Reason ?? ""), cancellationToken), "Firm reinstated.", cancellationToken);

    public Task<IActionResult> OnPostAcceptChangesAsync(CancellationToken cancellationToken) =>
        DoAsync(firms.SendAsync(new AcceptChangesSinceVettingCommand(User.Caller(), Id), cancellationToken), "Changes accepted: routing uses them from now on.", cancellationToken);

    private async Task<IActionResult> DoAsync(Task<Result> action, string confirmation, CancellationToken cancellationToken) =>
        await this.AfterChangeAsync(await action, confirmation, $"/admin/firms/{Id}", () => OnGetAsync(cancellationToken));
}
