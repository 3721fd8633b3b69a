using InterimExchange.BuildingBlocks;

namespace InterimExchange.Web.Pages.Conversations;

/// <summary>
/// One conversation, the same page for the coordinator, the firm and the client executive: times on the reader's own clock, and
/// the answer, move, cancellation or record they may give now. Someone not in it gets a 404.
/// </summary>
public sealed class DetailsModel(IRelationships relationships) : PageModel
{
    [BindProperty]
    public DateTime? StartsAtUtc { get; set; }

    [BindProperty]
    public Guid? Guest { get; set; }

    [BindProperty]
    public DateTime? Time1 { get; set; }

    [BindProperty]
    public DateTime? Time2 { get; set; }

    [BindProperty]
    public DateTime? Time3 { get; set; }

    [BindProperty]
    public DateTime? Time { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Agreed { get; set; }

    [BindProperty]
    public string? NextStep { get; set; }

    [BindProperty]
    public DateOnly? NextStepOn { get; set; }

    /// <summary>The form that was sent and refused: its errors show next to its own fields only.</summary>
    public string? Form { get; private set; }

    public ConversationView Conversation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        User.Party() is { } viewer && await relationships.AskAsync(new ViewConversationQuery(viewer, id), cancellationToken) is { } conversation
            ? Show(conversation)
            : NotFound();

    public Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken cancellationToken) =>
        DoAsync(id, "accept", viewer => relationships.SendAsync(new AcceptConversationCommand(viewer, id, StartsAtUtc, Guest), cancellationToken),
            "Accepted. Everyone in the conversation receives the calendar invitation by email.", cancellationToken);

    public Task<IActionResult> OnPostProposeAsync(Guid id, CancellationToken cancellationToken) =>
        DoAsync(id, "propose", viewer => relationships.SendAsync(new ProposeTimesCommand(viewer, id, Time1, Time2, Time3, Guest), cancellationToken),
            "Other times proposed. The other side is asked to answer.", cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(Guid id, CancellationToken cancellationToken) =>
        DoAsync(id, "decline", viewer => relationships.SendAsync(new DeclineConversationCommand(viewer, id, Reason), cancellationToken), "Declined. They will read your reason.", cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(Guid id, CancellationToken cancellationToken) =>
        DoAsync(id, "move", viewer => relationships.SendAsync(new MoveConversationCommand(viewer, id, Time, Reason), cancellationToken),
            "Moved. Everyone receives the calendar update by email.", cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken) =>
        DoAsync(id, "cancel", viewer => relationships.SendAsync(new CancelConversationCommand(viewer, id, Reason), cancellationToken), "Cancelled. Everyone in it is told.", cancellationToken);

    public Task<IActionResult> OnPostRecordAsync(Guid id, CancellationToken cancellationToken) =>
        DoAsync(id, "record", viewer => relationships.SendAsync(new RecordConversationCommand(viewer, id, Agreed, NextStep, NextStepOn), cancellationToken),
            "Recorded. The relationship's timeline shows what was agreed.", cancellationToken);

    public Task<IActionResult> OnPostDidNotHappenAsync(Guid id, CancellationToken cancellationToken) =>
        DoAsync(id, "missed", viewer => relationships.SendAsync(new DidNotHappenCommand(viewer, id, Reason), cancellationToken), "Marked as not having happened.", cancellationToken);

    private IActionResult Show(ConversationView conversation)
    {
        Conversation = conversation;
        return Page();
    }

    private async Task<IActionResult> DoAsync(Guid id, string form, Func<Caller, Task<Result>> change, string confirmation, CancellationToken cancellationToken)
    {
        if (User.Party() is not { } viewer)
        {
            return NotFound();
        }

        Form = form;
        return await this.AfterChangeAsync(await change(viewer), confirmation, PortalLinks.Conversation(id), async () =>
            await relationships.AskAsync(new ViewConversationQuery(viewer, id), cancellationToken) is { } conversation ? Show(conversation) : NotFound());
    }
}
