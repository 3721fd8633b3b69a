namespace InterimExchange.Web.Pages.Conversations;

/// <summary>The agreed conversation's calendar file, for the people in it only: anyone else gets a 404.</summary>
public sealed class CalendarModel(IRelationships relationships) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        User.Party() is { } viewer && await relationships.AskAsync(new CalendarQuery(viewer, id), cancellationToken) is { } file
            ? File(System.Text.Encoding.UTF8.GetBytes(file.Content), "text/calendar; charset=utf-8", file.FileName)
            : NotFound();
}
