namespace InterimExchange.Web.Pages;

[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Message { get; private set; } = "We could not complete that request. Nothing you entered was saved twice; please try again in a moment.";

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private string Wait()
    {
        var wait = HttpContext.Items[RateLimits.RetryAfterItem] as TimeSpan? ?? TimeSpan.FromMinutes(1);
        return wait.TotalSeconds <= 90 ? $"{Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconds" : $"{(int)Math.Ceiling(wait.TotalMinutes)} minutes";
    }

    private void Describe(int? status)
    {
        (Title, Message) = status switch
        {
            404 => ("Page not found", "There is nothing at this address, or it is not yours to see. Check the link, or go back to your portal."),
            403 => ("Not allowed", "Your account cannot open this page."),
            400 => ("That request was not understood", "Reload the page and try again."),
            413 => ("That was too much to send", "A form sends far less than this. Shorten what you entered and try again."),
            429 => ("Too many attempts", $"For your account's safety this page is paused for a moment. Try again in {Wait()}."),
            _ => (Title, Message),
        };
    }
}
