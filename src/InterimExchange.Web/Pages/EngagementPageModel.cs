namespace InterimExchange.Web.Pages;

/// <summary>
/// The engagement that fills a brief, as one party to it reads it; the same page in each portal. The coordinator and the client
/// executive review its criteria from their dates on; the coordinator extends or ends it; the firm reads each review.
/// </summary>
public abstract class EngagementPageModel(IProposals proposals) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The review sheet: one row per criterion the reader may review, all saved at once so that nothing typed is lost.</summary>
    [BindProperty]
    public List<CriterionReview> Reviews { get; set; } = [];

    [BindProperty]
    public DateOnly? PlannedEnd { get; set; }

    [BindProperty]
    public EngagementEndReason? Reason { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? InterimName { get; set; }

    /// <summary>The form that was sent and refused ("review", "extend", "end", "name"): its errors show beside its own fields.</summary>
    public string? Form { get; private set; }

    public EngagementView Engagement { get; private set; } = null!;

    /// <summary>Where the page leads back to, and its words.</summary>
    public abstract (string Path, string Title) Back { get; }

    /// <summary>Whether the reader reviews criteria on this portal's page (not the firm).</summary>
    public virtual bool ReviewsCriteria => false;

    /// <summary>Whether the reader extends and ends the engagement (the coordinator).</summary>
    public virtual bool Manages => false;

    /// <summary>Whether the reader gives the interim's name (the firm that proposed them: the page finds only its own engagement).</summary>
    public virtual bool NamesInterim => false;

    protected IProposals Proposals => proposals;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is not { } engagement)
        {
            return NotFound();
        }

        Engagement = engagement;
        PlannedEnd ??= engagement.PlannedEnd.AddMonths(1);
        if (Form is null)
        {
            InterimName ??= engagement.InterimName;
        }

        return Page();
    }

    public Task<IActionResult> OnPostNameAsync(CancellationToken cancellationToken) =>
        !NamesInterim
            ? Task.FromResult<IActionResult>(NotFound())
            : DoAsync("name", proposals.SendAsync(new NameInterimCommand(User.Caller(), Id, InterimName), cancellationToken),
                $"Thank you: the client and the coordinator now read {InterimName?.Trim()}.", cancellationToken);

    public Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken) =>
        !ReviewsCriteria
            ? Task.FromResult<IActionResult>(NotFound())
            : DoAsync("review", proposals.SendAsync(new ReviewEngagementCommand(User.Caller(), Id, Reviews), cancellationToken), "Reviews saved. The firm reads them.", cancellationToken);

    /// <summary>What the sheet shows for a criterion: what was just sent if the sheet was refused, otherwise the review on record.</summary>
    public (CriterionRating? Rating, string? Evidence) Shown(EngagementCriterionView criterion) =>
        Form == "review"
            ? Reviews.Where(r => r.Number == criterion.Number).Select(r => (r.Rating, r.Evidence)).FirstOrDefault()
            : (criterion.Rating, criterion.Evidence);

    public Task<IActionResult> OnPostExtendAsync(CancellationToken cancellationToken) =>
        !Manages
            ? Task.FromResult<IActionResult>(NotFound())
            : DoAsync("extend", proposals.SendAsync(new ExtendEngagementCommand(User.Caller(), Id, PlannedEnd), cancellationToken),
                $"Extended to {PlannedEnd:d MMMM yyyy}. The end-of-assignment reviews move with it.", cancellationToken);

    public Task<IActionResult> OnPostEndAsync(CancellationToken cancellationToken) =>
        !Manages
            ? Task.FromResult<IActionResult>(NotFound())
            : DoAsync("end", proposals.SendAsync(new EndEngagementCommand(User.Caller(), Id, Reason, Note), cancellationToken),
                "The engagement has ended. Criteria not reviewed stay marked as not reviewed.", cancellationToken);

    protected abstract Task<EngagementView?> FindAsync(CancellationToken cancellationToken);

    private async Task<IActionResult> DoAsync(string form, Task<Result> change, string confirmation, CancellationToken cancellationToken)
    {
        Form = form;
        return await this.AfterChangeAsync(await change, confirmation, Request.Path, () => OnGetAsync(cancellationToken));
    }
}
