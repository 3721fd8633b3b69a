namespace InterimExchange.Web.Pages;

/// <summary>
/// The engagement that fills a brief, as one party to it reads it; the same page in each portal. The coordinator and the client
/// executive review its criteria from their dates on; the coordinator extends or ends it; the firm reads each review.
/// </summary>
public abstract class EngagementPageModel(IEngagements engagements) : PageModel
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

    /// <summary>The form that was sent and refused ("review", "extend", "end"): its errors show beside its own fields.</summary>
    public string? Form { get; private set; }

    public EngagementView Engagement { get; private set; } = null!;

    /// <summary>Where the page leads back to, and its words.</summary>
    public abstract (string Path, string Title) Back { get; }

    /// <summary>Who reviews criteria on this portal's page; null where the reader does not review (the firm).</summary>
    public virtual EngagementReviewer? Reviewer => null;

    /// <summary>Whether the reader extends and ends the engagement (the coordinator).</summary>
    public virtual bool Manages => false;

    protected IEngagements Engagements => engagements;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is not { } engagement)
        {
            return NotFound();
        }

        Engagement = engagement;
        PlannedEnd ??= engagement.PlannedEnd.AddMonths(1);
        return Page();
    }

    public Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken) =>
        Reviewer is not { } reviewer
            ? Task.FromResult<IActionResult>(NotFound())
            : DoAsync("review", engagements.ReviewAsync(reviewer, Id, Reviews, cancellationToken), "Reviews saved. The firm reads them.", cancellationToken);

    /// <summary>What the sheet shows for a criterion: what was just sent if the sheet was refused, otherwise the review on record.</summary>
    public (CriterionRating? Rating, string? Evidence) Shown(EngagementCriterionView criterion) =>
        Form == "review"
            ? Reviews.Where(r => r.Number == criterion.Number).Select(r => (r.Rating, r.Evidence)).FirstOrDefault()
            : (criterion.Rating, criterion.Evidence);

    public Task<IActionResult> OnPostExtendAsync(CancellationToken cancellationToken) =>
        !Manages
            ? Task.FromResult<IActionResult>(NotFound())
            : DoAsync("extend", engagements.ExtendAsync(User.Coordinator(), Id, PlannedEnd, cancellationToken),
                $"Extended to {PlannedEnd:d MMMM yyyy}. The end-of-assignment reviews move with it.", cancellationToken);

    public Task<IActionResult> OnPostEndAsync(CancellationToken cancellationToken) =>
        !Manages
            ? Task.FromResult<IActionResult>(NotFound())
            : DoAsync("end", engagements.EndAsync(User.Coordinator(), Id, new EndEngagement(Reason, Note), cancellationToken),
                "The engagement has ended. Criteria not reviewed stay marked as not reviewed.", cancellationToken);

    protected abstract Task<EngagementView?> FindAsync(CancellationToken cancellationToken);

    private async Task<IActionResult> DoAsync(string form, Task<Result> change, string confirmation, CancellationToken cancellationToken)
    {
        Form = form;
        return await this.AfterChangeAsync(await change, confirmation, Request.Path, () => OnGetAsync(cancellationToken));
    }
}
