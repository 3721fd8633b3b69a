using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Notifications.Features.ListWebhooks;

/// <summary>The caller's organisation's subscriptions, active first, newest first.</summary>
internal sealed class ListWebhooksHandler(NotificationsDbContext db) : IQueryHandler<ListWebhooksQuery, IReadOnlyList<WebhookView>>
{
    public async Task<IReadOnlyList<WebhookView>> HandleAsync(ListWebhooksQuery query, CancellationToken cancellationToken) =>
        (await db.WebhookSubscriptions.AsNoTracking()
            .Where(s => s.OrganisationId == query.By.OrganisationId)
            .OrderBy(s => s.DisabledAtUtc != null).ThenByDescending(s => s.CreatedAtUtc)
            .Take(100)
            .ToListAsync(cancellationToken))
        .Select(s => new WebhookView(s.Id, s.Url, s.EventList, s.CreatedAtUtc, s.CreatedBy, s.DisabledAtUtc))
        .ToList();
}
