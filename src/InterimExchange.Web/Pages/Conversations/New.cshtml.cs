using InterimExchange.BuildingBlocks;

namespace InterimExchange.Web.Pages.Conversations;

/// <summary>Asking for a conversation within a relationship: whom, why, how, how long, two or three times on the asker's clock, and by when to answer.</summary>
public sealed class NewModel(IRelationships relationships) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Relationship { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? BriefId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool ThroughCoordinator { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? With { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Purpose { get; set; }

    [BindProperty]
    public string? Agenda { get; set; }

    [BindProperty]
    public ConversationFormat? Format { get; set; }

    [BindProperty]
    public string? Where { get; set; }

    [BindProperty]
    public int? Minutes { get; set; } = 30;

    [BindProperty]
    public DateTime? Time1 { get; set; }

    [BindProperty]
    public DateTime? Time2 { get; set; }

    [BindProperty]
    public DateTime? Time3 { get; set; }

    [BindProperty]
    public DateOnly? RespondBy { get; set; }

    public ConversationOptions Options { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } notFound)
        {
            return notFound;
        }

        RespondBy ??= Options.DefaultRespondBy;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Party() is not { } viewer)
        {
            return NotFound();
        }

        var result = await relationships.SendAsync(new RequestConversationCommand(viewer, Relationship, With, BriefId, ThroughCoordinator, Purpose, Agenda, Format, Where, Minutes,
            Time1, Time2, Time3, RespondBy), cancellationToken);
        return await this.AfterChangeAsync(result, "Conversation asked for. You will hear when they answer.",
            result.Id is { } id ? PortalLinks.Conversation(id) : "", async () => await LoadAsync(cancellationToken) ?? Page());
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (User.Party() is not { } viewer || await relationships.AskAsync(new ConversationOptionsQuery(viewer, Relationship, BriefId), cancellationToken) is not { } options)
        {
            return NotFound();
        }

        Options = options;
        Relationship = options.RelationshipId;
        return null;
    }
}
