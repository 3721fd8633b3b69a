using InterimExchange.Notifications.Contracts;
using Microsoft.AspNetCore.Authorization;

namespace InterimExchange.Web.Pages.Organisation;

/// <summary>
/// An RPO's or a firm's admin subscribes the organisation's systems to the events that concern it, and reads how each delivery
/// went, sending one again when the receiver lost it. The signing secret is shown once, in the answer to subscribing.
/// </summary>
public sealed class WebhooksModel(INotifications webhooks, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public List<string> Events { get; set; } = [];

    public IReadOnlyList<WebhookView> Subscriptions { get; private set; } = [];

    public IReadOnlyList<WebhookDeliveryView> Deliveries { get; private set; } = [];

    /// <summary>The secret just issued; shown in this answer only.</summary>
    public string? Secret { get; private set; }

    public OrganisationKind Kind => User.OrganisationKind();

    public IReadOnlyList<string> Allowed => WebhookEvents.For(Kind);

    public bool CanManage => User.IsOrganisationAdmin() && Allowed.Count > 0;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Subscriptions = await webhooks.AskAsync(new ListWebhooksQuery(User.Caller()), cancellationToken);
        Deliveries = await webhooks.AskAsync(new WebhookDeliveriesQuery(User.Caller(), null), cancellationToken) ?? [];
    }

    public async Task<IActionResult> OnPostSubscribeAsync(CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync())
        {
            return Forbid();
        }

        var secret = SubscribeWebhookCommand.NewSecret();
        var issued = await webhooks.SendAsync(new SubscribeWebhookCommand(User.Caller(), Address ?? "", Events, secret), cancellationToken);
        if (!ModelState.AddErrors(issued, prefix: ""))
        {
            // No redirect: the secret is in this answer only, never in a cookie or a URL.
            Secret = secret;
            TempData["Confirmation"] = $"Webhook subscribed: {Address?.Trim()}.";
            Address = null;
            Events = [];
            ModelState.Clear();
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid subscriptionId, CancellationToken cancellationToken) =>
        !await IsAdminAsync() ? Forbid()
        : await this.AfterChangeAsync(await webhooks.SendAsync(new DisableWebhookCommand(User.Caller(), subscriptionId), cancellationToken),
            "Webhook disabled: nothing more is sent to it.", "/organisation/webhooks", async () => { await OnGetAsync(cancellationToken); return Page(); });

    public async Task<IActionResult> OnPostTestAsync(Guid subscriptionId, CancellationToken cancellationToken) =>
        !await IsAdminAsync() ? Forbid()
        : await this.AfterChangeAsync(await webhooks.SendAsync(new SendTestDeliveryCommand(User.Caller(), subscriptionId), cancellationToken),
            "Test delivery queued: it is sent within a minute, and your system's answer shows in the log below.", "/organisation/webhooks#deliveries",
            async () => { await OnGetAsync(cancellationToken); return Page(); });

    public async Task<IActionResult> OnPostReplayAsync(Guid deliveryId, CancellationToken cancellationToken) =>
        !await IsAdminAsync() ? Forbid()
        : await this.AfterChangeAsync(await webhooks.SendAsync(new ReplayDeliveryCommand(User.Caller(), deliveryId), cancellationToken),
            "Delivery queued: it is sent again within a minute, with the same id.", "/organisation/webhooks#deliveries",
            async () => { await OnGetAsync(cancellationToken); return Page(); });

    private async Task<bool> IsAdminAsync() => (await authorization.AuthorizeAsync(User, Portals.OrganisationAdmin)).Succeeded;
}
