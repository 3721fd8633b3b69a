namespace InterimExchange.Web.Pages;

[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Message { get; private set; } = "We could not complete that request. Nothing you entered was saved twice; please try again in a moment.";

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        (Title, Message) = status switch
        {
            404 => ("Page not found", "There is nothing at this address, or it is not yours to see. Check the link, or go back to your portal."),
            403 => ("Not allowed", "Your account cannot open this page."),
            400 => ("That request was not understood", "Reload the page and try again."),
            _ => (Title, Message),
        };
    }
}
