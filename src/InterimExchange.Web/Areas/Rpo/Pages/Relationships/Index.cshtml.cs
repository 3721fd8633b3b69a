namespace InterimExchange.Web.Areas.Rpo.Pages.Relationships;

/// <summary>The RPO's relationships with firms and clients, and those due for keeping in touch.</summary>
public sealed class IndexModel(IRelationships relationships) : RelationshipListPageModel(relationships)
{
    public override string Home => "/rpo/relationships";

    public const int DuePageSize = 25;

    [BindProperty(SupportsGet = true, Name = "due")]
    public int DuePage { get; set; } = 1;

    public KeepInTouchPage KeepInTouch { get; private set; } = null!;

    public int DuePages => Math.Max(1, (KeepInTouch.Total + DuePageSize - 1) / DuePageSize);

    public override async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        DuePage = Math.Max(1, DuePage);
        KeepInTouch = await Relationships.AskAsync(new KeepInTouchQuery(User.Caller(), DuePage, DuePageSize), cancellationToken);
        return await base.OnGetAsync(cancellationToken);
    }
}
