namespace InterimExchange.Web.Pages;

/// <summary>The engagement that fills a brief, as one party to it reads it; the same page in each portal.</summary>
public abstract class EngagementPageModel(IEngagements engagements) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public EngagementView Engagement { get; private set; } = null!;

    /// <summary>Where the page leads back to, and its words.</summary>
    public abstract (string Path, string Title) Back { get; }

    protected IEngagements Engagements => engagements;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is not { } engagement)
        {
            return NotFound();
        }

        Engagement = engagement;
        return Page();
    }

    protected abstract Task<EngagementView?> FindAsync(CancellationToken cancellationToken);
}
