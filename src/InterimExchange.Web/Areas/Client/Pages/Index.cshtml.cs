namespace InterimExchange.Web.Areas.Client.Pages;

public sealed class IndexModel(IClientBriefings briefings) : PageModel
{
    public IReadOnlyList<ClientBriefingItem> Briefings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Briefings = await briefings.ListAsync(User.UserId(), cancellationToken);

    public static string Describe(InvitationState state) => state switch
    {
        InvitationState.Sent or InvitationState.Opened => "Not started",
        InvitationState.InProgress => "In progress",
        InvitationState.Submitted => "Submitted",
        InvitationState.Expired => "Link expired",
        _ => state.ToString(),
    };
}
