namespace InterimExchange.Web.Pages;

/// <summary>
/// One relationship as one side reads it, the same page in each portal: the timeline (with the reader's own private notes and
/// contacts), the last contact, conversations, and the reader's own next step and keep-in-touch cadence.
/// </summary>
public abstract class RelationshipPageModel(IRelationships relationships, IInsights insights) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int TimelinePage { get; set; } = 1;

    [BindProperty]
    public ContactKind? Kind { get; set; }

    [BindProperty]
    public DateOnly? On { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public int? CadenceWeeks { get; set; }

    public RelationshipView Relationship { get; private set; } = null!;

    /// <summary>Between an RPO and a firm, each side sees the other's record: the coordinator the firm's track record, the firm the RPO's promises.</summary>
    public FirmTrackRecord? FirmRecord { get; private set; }

    public PromiseRecord? Promises { get; private set; }

    /// <summary>The portal's list of relationships, which this page's address sits under.</summary>
    public abstract string Home { get; }

    public string Self => $"{Home}/{Id}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Party() is not { } viewer || await relationships.AskAsync(new ViewRelationshipQuery(viewer, Id, TimelinePage), cancellationToken) is not { } relationship)
        {
            return NotFound();
        }

        Relationship = relationship;
        if (relationship.Kind == CounterpartKind.Firm && relationship.ViewerIsRpo)
        {
            FirmRecord = (await insights.AskAsync(new FirmTrackRecordsQuery([relationship.CounterpartId]), cancellationToken))[relationship.CounterpartId];
        }
        else if (relationship.Kind == CounterpartKind.Firm)
        {
            Promises = await insights.AskAsync(new PromisesQuery(relationship.RpoOrganisationId), cancellationToken);
        }

        CadenceWeeks ??= relationship.CadenceWeeks;
        On ??= DateOnly.FromDateTime(DateTime.UtcNow);
        return Page();
    }

    public Task<IActionResult> OnPostContactAsync(CancellationToken cancellationToken) =>
        DoAsync(viewer => relationships.SendAsync(new LogContactCommand(viewer, Id, Kind, On, Summary), cancellationToken),
            "Contact logged: the keep-in-touch clock starts again.", cancellationToken);

    public Task<IActionResult> OnPostNoteAsync(CancellationToken cancellationToken) =>
        DoAsync(viewer => relationships.SendAsync(new AddNoteCommand(viewer, Id, Note), cancellationToken), "Note added. Only your organisation reads it.", cancellationToken);

    public Task<IActionResult> OnPostCadenceAsync(CancellationToken cancellationToken) =>
        DoAsync(viewer => relationships.SendAsync(new SetCadenceCommand(viewer, Id, CadenceWeeks is > 0 ? CadenceWeeks : null), cancellationToken),
            CadenceWeeks is > 0 ? $"Cadence saved: keep in touch every {CadenceWeeks} weeks." : "No cadence: this relationship has no keep-in-touch date.", cancellationToken);

    private async Task<IActionResult> DoAsync(Func<Caller, Task<Result>> change, string confirmation, CancellationToken cancellationToken) =>
        User.Party() is not { } viewer
            ? NotFound()
            : await this.AfterChangeAsync(await change(viewer), confirmation, Self, () => OnGetAsync(cancellationToken));
}

/// <summary>The relationships of the signed-in organisation, a page at a time.</summary>
public abstract class RelationshipListPageModel(IRelationships relationships) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public RelationshipPage List { get; private set; } = null!;

    public abstract string Home { get; }

    protected IRelationships Relationships => relationships;

    public virtual async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Party() is not { } viewer)
        {
            return NotFound();
        }

        List = await relationships.AskAsync(new ListRelationshipsQuery(viewer, PageNumber), cancellationToken);
        return Page();
    }
}
