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
        webhooks.MapGet("/", async (HttpContext http, IWebhooks hooks, CancellationToken cancellationToken) =>
                TypedResults.Ok(await hooks.ListAsync(http.User.OrganisationId(), cancellationToken)))
            .Requires(ManageWebhooks)
            .WithSummary("Your organisation's webhook subscriptions");
        webhooks.MapPost("/", SubscribeAsync).Requires(ManageWebhooks).Produces<CreatedSubscription>(StatusCodes.Status201Created)
            .WithSummary("Subscribe an https address to events; 201 with the signing secret, shown this once")
            .WithDescription($"`events`: {string.Join(", ", WebhookEvents.Descriptions.Select(e => $"`{e.Key}` ({e.Value})"))}. RPOs subscribe to " +
                $"{string.Join(", ", WebhookEvents.For(OrganisationKind.RpoProvider))}; firms to {string.Join(", ", WebhookEvents.For(OrganisationKind.SpecialistFirm))}.");
        webhooks.MapDelete("/{id:guid}", async (HttpContext http, IWebhooks hooks, Guid id, CancellationToken cancellationToken) =>
                From(await hooks.DisableAsync(http.User.OrganisationId(), id, cancellationToken), NoWebhook))
            .Requires(ManageWebhooks).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Disable a subscription: nothing more is sent to it");
        webhooks.MapGet("/{id:guid}/deliveries", async (HttpContext http, IWebhooks hooks, Guid id, CancellationToken cancellationToken) =>
                Found(await hooks.DeliveriesAsync(http.User.OrganisationId(), id, cancellationToken), "webhook", NoWebhook))
            .Requires(ManageWebhooks).Produces<IReadOnlyList<WebhookDeliveryView>>()
            .WithSummary("A subscription's latest 50 deliveries: attempts, the receiver's last answer, and the next attempt");
        webhooks.MapPost("/deliveries/{deliveryId:guid}/replay", async (HttpContext http, IWebhooks hooks, Guid deliveryId, CancellationToken cancellationToken) =>
                From(await hooks.ReplayAsync(http.User.OrganisationId(), deliveryId, cancellationToken), "Your organisation has no webhook delivery with this id."))
            .Requires(ManageWebhooks).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Send a delivery again now, with the same id and body");
        return webhooks;
    }

    private static async Task<IResult> SubscribeAsync(HttpContext http, IWebhooks hooks, Subscription subscription, CancellationToken cancellationToken)
    {
        var kind = http.User.IsInRole(Roles.FirmMember) ? OrganisationKind.SpecialistFirm : OrganisationKind.RpoProvider;
        var issued = await hooks.SubscribeAsync(new Subscribe(http.User.OrganisationId(), kind, subscription.Address ?? "", subscription.Events ?? [], http.User.ActorName()),
            cancellationToken);
        return issued.Result.Succeeded
            ? TypedResults.Created($"/api/v1/webhooks/{issued.Id}", new CreatedSubscription(issued.Id!.Value, issued.Secret!))
            : From(issued.Result, NoWebhook);
    }
}

/// <summary>A webhook subscription as a system asks for it.</summary>
internal sealed record Subscription(string? Address, IReadOnlyList<string>? Events);

/// <summary>A webhook subscription created, with the secret its deliveries are signed with: shown this once.</summary>
internal sealed record CreatedSubscription(Guid Id, string Secret);
