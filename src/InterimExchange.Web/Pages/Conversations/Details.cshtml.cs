using InterimExchange.BuildingBlocks;

namespace InterimExchange.Web.Pages.Conversations;

/// <summary>
/// One conversation, the same page for the coordinator, the firm and the client executive: times on the reader's own clock, and
/// the answer, move, cancellation or record they may give now. Someone not in it gets a 404.
/// </summary>
public sealed class DetailsModel(IConversations conversations) : PageModel
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
        User.Viewer() is { } viewer && await conversations.GetAsync(viewer, id, cancellationToken) is { } conversation
            ? Show(conversation)
            : NotFound();

    public Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken cancellationToken) =>
        DoAsync(id, "accept", viewer => conversations.AcceptAsync(viewer, new AcceptConversation(id, StartsAtUtc, Guest), cancellationToken),
            "Accepted. Everyone in the conversation receives the calendar invitation by email.", cancellationToken);

    public Task<IActionResult> OnPostProposeAsync(Guid id, CancellationToken cancellationToken) =>
        DoAsync(id, "propose", viewer => conversations.ProposeTimesAsync(viewer, new ProposeTimes(id, Time1, Time2, Time3, Guest), cancellationToken),
            "Other times proposed. The other side is asked to answer.", cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(Guid id, CancellationToken cancellationToken) =>
        DoAsync(id, "decline", viewer => conversations.DeclineAsync(viewer, id, Reason, cancellationToken), "Declined. They will read your reason.", cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(Guid id, CancellationToken cancellationToken) =>
        DoAsync(id, "move", viewer => conversations.MoveAsync(viewer, new MoveConversation(id, Time, Reason), cancellationToken),
            "Moved. Everyone receives the calendar update by email.", cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken) =>
        DoAsync(id, "cancel", viewer => conversations.CancelAsync(viewer, id, Reason, cancellationToken), "Cancelled. Everyone in it is told.", cancellationToken);

    public Task<IActionResult> OnPostRecordAsync(Guid id, CancellationToken cancellationToken) =>
        DoAsync(id, "record", viewer => conversations.RecordAsync(viewer, new RecordConversation(id, Agreed, NextStep, NextStepOn), cancellationToken),
            "Recorded. The relationship's timeline shows what was agreed.", cancellationToken);

    public Task<IActionResult> OnPostDidNotHappenAsync(Guid id, CancellationToken cancellationToken) =>
        DoAsync(id, "missed", viewer => conversations.DidNotHappenAsync(viewer, id, Reason, cancellationToken), "Marked as not having happened.", cancellationToken);

    private IActionResult Show(ConversationView conversation)
    {
        Conversation = conversation;
        return Page();
    }

    private async Task<IActionResult> DoAsync(Guid id, string form, Func<Viewer, Task<Result>> change, string confirmation, CancellationToken cancellationToken)
    {
        if (User.Viewer() is not { } viewer)
        {
            return NotFound();
        }

        Form = form;
        return await this.AfterChangeAsync(await change(viewer), confirmation, PortalLinks.Conversation(id), async () =>
            await conversations.GetAsync(viewer, id, cancellationToken) is { } conversation ? Show(conversation) : NotFound());
    }
}
