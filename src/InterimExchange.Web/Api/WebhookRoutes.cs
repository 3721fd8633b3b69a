using static InterimExchange.Web.Api.ApiProblems;
using static InterimExchange.Web.Api.ApiV1;

namespace InterimExchange.Web.Api;

/// <summary>An organisation's webhook subscriptions and their deliveries: <c>/api/v1/webhooks</c>.</summary>
internal static class WebhookRoutes
{
    private const string NoWebhook = "Your organisation has no webhook subscription with this id.";

    public static RouteGroupBuilder MapWebhooks(this RouteGroupBuilder api)
    {
        var webhooks = api.MapGroup("/webhooks").WithTags("Webhooks");
        webhooks.MapGet("/", async (HttpContext http, INotifications hooks, CancellationToken cancellationToken) =>
                TypedResults.Ok(await hooks.AskAsync(new ListWebhooksQuery(http.User.Caller()), cancellationToken)))
            .Requires(ManageWebhooks)
            .WithSummary("Your organisation's webhook subscriptions");
        webhooks.MapPost("/", SubscribeAsync).Requires(ManageWebhooks).Produces<CreatedSubscription>(StatusCodes.Status201Created)
            .WithSummary("Subscribe an https address to events; 201 with the signing secret, shown this once")
            .WithDescription($"`events`: {string.Join(", ", WebhookEvents.Descriptions.Select(e => $"`{e.Key}` ({e.Value})"))}. RPOs subscribe to " +
                $"{string.Join(", ", WebhookEvents.For(OrganisationKind.RpoProvider))}; firms to {string.Join(", ", WebhookEvents.For(OrganisationKind.SpecialistFirm))}.");
        webhooks.MapDelete("/{id:guid}", async (HttpContext http, INotifications hooks, Guid id, CancellationToken cancellationToken) =>
                From(await hooks.SendAsync(new DisableWebhookCommand(http.User.Caller(), id), cancellationToken), NoWebhook))
            .Requires(ManageWebhooks).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Disable a subscription: nothing more is sent to it");
        webhooks.MapGet("/{id:guid}/deliveries", async (HttpContext http, INotifications hooks, Guid id, CancellationToken cancellationToken) =>
                Found(await hooks.AskAsync(new WebhookDeliveriesQuery(http.User.Caller(), id), cancellationToken), "webhook", NoWebhook))
            .Requires(ManageWebhooks).Produces<IReadOnlyList<WebhookDeliveryView>>()
            .WithSummary("A subscription's latest 50 deliveries: attempts, the receiver's last answer, and the next attempt");
        webhooks.MapPost("/deliveries/{deliveryId:guid}/replay", async (HttpContext http, INotifications hooks, Guid deliveryId, CancellationToken cancellationToken) =>
                From(await hooks.SendAsync(new ReplayDeliveryCommand(http.User.Caller(), deliveryId), cancellationToken), "Your organisation has no webhook delivery with this id."))
            .Requires(ManageWebhooks).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Send a delivery again now, with the same id and body");
        return webhooks;
    }

    private static async Task<IResult> SubscribeAsync(HttpContext http, INotifications hooks, Subscription subscription, CancellationToken cancellationToken)
    {
        var secret = SubscribeWebhookCommand.NewSecret();
        var issued = await hooks.SendAsync(new SubscribeWebhookCommand(http.User.Caller(), subscription.Address ?? "", subscription.Events ?? [], secret), cancellationToken);
        return issued.Succeeded
            ? TypedResults.Created($"/api/v1/webhooks/{issued.Id}", new CreatedSubscription(issued.Id!.Value, secret))
            : From(issued, NoWebhook);
    }
}

/// <summary>A webhook subscription as a system asks for it.</summary>
internal sealed record Subscription(string? Address, IReadOnlyList<string>? Events);

/// <summary>A webhook subscription created, with the secret its deliveries are signed with: shown this once.</summary>
internal sealed record CreatedSubscription(Guid Id, string Secret);
