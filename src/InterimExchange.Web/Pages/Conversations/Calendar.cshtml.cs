namespace InterimExchange.Web.Pages.Conversations;

/// <summary>The agreed conversation's calendar file, for the people in it only: anyone else gets a 404.</summary>
public sealed class CalendarModel(IConversations conversations) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        User.Viewer() is { } viewer && await conversations.CalendarAsync(viewer, id, cancellationToken) is { } file
            ? File(System.Text.Encoding.UTF8.GetBytes(file.Content), "text/calendar; charset=utf-8", file.FileName)
            : NotFound();
}
