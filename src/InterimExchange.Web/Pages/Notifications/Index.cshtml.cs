namespace InterimExchange.Web.Pages.Notifications;

/// <summary>The signed-in person's notification centre: newest first, unread marked, and their choice of email.</summary>
public sealed class IndexModel(INotifications notifications) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public EmailPreference Preference { get; set; }

    public NotificationPage Centre { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Centre = await notifications.AskAsync(new ListNotificationsQuery(User.Caller(), PageNumber), cancellationToken);
        Preference = Centre.Preference;
    }

    /// <summary>Opening a notification marks it read and goes to the page it is about.</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken cancellationToken) =>
        (await notifications.SendAsync(new MarkReadCommand(User.Caller(), id), cancellationToken)).IsNotFound
            || await notifications.AskAsync(new NotificationLinkQuery(User.Caller(), id), cancellationToken) is not { } link
            ? NotFound()
            : LocalRedirect(link);

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken cancellationToken) =>
        (await notifications.SendAsync(new MarkReadCommand(User.Caller(), id), cancellationToken)).IsNotFound ? NotFound() : Redirect($"/notifications?p={PageNumber}");

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        await notifications.SendAsync(new MarkAllReadCommand(User.Caller()), cancellationToken);
        TempData["Confirmation"] = "All notifications marked read.";
        return Redirect("/notifications");
    }

    public async Task<IActionResult> OnPostPreferenceAsync(CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(Preference))
        {
            return BadRequest();
        }

        await notifications.SendAsync(new SetEmailPreferenceCommand(User.Caller(), Preference), cancellationToken);
        TempData["Confirmation"] = Preference == EmailPreference.DailyDigest
            ? "You will receive one digest email a day."
            : "You will receive each notification by email as it happens.";
        return Redirect("/notifications");
    }
}
