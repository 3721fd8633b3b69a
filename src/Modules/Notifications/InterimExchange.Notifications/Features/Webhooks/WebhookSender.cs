using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Scheduling;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace InterimExchange.Notifications.Features.Webhooks;

/// <summary>The <c>Webhooks</c> configuration section.</summary>
internal sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>
    /// Whether deliveries may go to this machine or the private network. Off in production, so that a subscription cannot reach
    /// what sits behind the app (its database, a cloud's metadata address); on in Development, for a receiver on the same machine.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }
}

/// <summary>
/// Sends the deliveries that are due, every minute: each signed with its subscription's secret (HMAC-SHA256 over the timestamp, a
/// dot and the body), claimed first so that two instances never send one at the same time, and retried with backoff until a 2xx.
/// Each organisation's oldest few are taken, and all are sent at once, each within the timeout: a receiver that is slow, or answers
/// nothing, costs its own organisation's deliveries their attempt and never holds back another organisation's.
/// </summary>
internal sealed class WebhookSender(NotificationsDbContext db, Changes<NotificationsDbContext> changes, IHttpClientFactory http, IDataProtectionProvider protection,
    TimeProvider clock) : IScheduledWork
{
    public const string Client = "webhooks";

    /// <summary>How long a receiver has to answer one delivery (the client's timeout).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>How many of one organisation's deliveries one run sends at most: the rest wait for the next minute.</summary>
    private const int PerOrganisation = 5;

    /// <summary>How many organisations one run serves at most, those waiting longest first.</summary>
    private const int Organisations = 40;

    public static TimeSpan Every => TimeSpan.FromMinutes(1);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sendable = db.WebhookDeliveries
            .Where(d => d.NextAttemptAtUtc <= now && db.WebhookSubscriptions.Any(s => s.Id == d.SubscriptionId && s.DisabledAtUtc == null));
        var organisations = await sendable.GroupBy(d => d.OrganisationId)
            .OrderBy(g => g.Min(d => d.NextAttemptAtUtc))
            .Select(g => g.Key)
            .Take(Organisations)
            .ToListAsync(cancellationToken);
        var due = new List<Due>();
        foreach (var organisationId in organisations)
        {
            due.AddRange(await sendable.AsNoTracking()
                .Where(d => d.OrganisationId == organisationId)
                .OrderBy(d => d.NextAttemptAtUtc)
                .Take(PerOrganisation)
                .Join(db.WebhookSubscriptions, d => d.SubscriptionId, s => s.Id, (d, s) => new Due(d.Id, d.NextAttemptAtUtc, d.Event, d.Payload, s.Url, s.ProtectedSecret))
                .ToListAsync(cancellationToken));
        }

        // Only the instance that moves the due time on sends it.
        var lease = now + WebhookDelivery.AttemptLease;
        var claimed = new List<Due>();
        foreach (var delivery in due)
        {
            if (await db.WebhookDeliveries.Where(d => d.Id == delivery.Id && d.NextAttemptAtUtc == delivery.NextAttemptAtUtc)
                    .ExecuteUpdateAsync(u => u.SetProperty(d => d.NextAttemptAtUtc, lease), cancellationToken) > 0)
            {
                claimed.Add(delivery);
            }
        }

        // Sent together; each answer is recorded as it comes, one at a time, as the context is not shared between threads.
        var protector = protection.CreateProtector(WebhookSecrets.Purpose);
        using var recording = new SemaphoreSlim(1);
        await Task.WhenAll(claimed.Select(async delivery =>
        {
            var (status, error) = await SendAsync(delivery.Id, delivery.Event, delivery.Url, delivery.Payload, protector.Unprotect(delivery.ProtectedSecret), cancellationToken);
            await recording.WaitAsync(cancellationToken);
            try
            {
                await changes.ApplyAsync(c => db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == delivery.Id, c), object? (sending, at) =>
                {
                    if (error is null)
                    {
                        sending.Delivered(status!.Value, at);
                    }
                    else
                    {
                        sending.Failed(status, error, at);
                    }

                    return null;
                }, cancellationToken);
            }
            finally
            {
                recording.Release();
            }
        }));
        return claimed.Count;
    }

    /// <summary>The header a receiver checks: <c>t=</c> the Unix time it was sent, <c>v1=</c> the hex HMAC-SHA256 of "t.body" with the secret.</summary>
    public static string Signature(string secret, long timestamp, string body) =>
        $"t={timestamp},v1={Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")))}";

    private async Task<(int? Status, string? Error)> SendAsync(Guid id, string @event, string url, string payload, string secret, CancellationToken cancellationToken)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("Webhook-Id", id.ToString());
        request.Headers.Add("Webhook-Event", @event);
        request.Headers.Add("Webhook-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("Webhook-Signature", Signature(secret, timestamp, payload));
        try
        {
            // Its status is all that is read: a body that never ends is not waited for.
            using var response = await http.CreateClient(Client).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? (status, null) : (status, $"The receiver answered {status} {response.ReasonPhrase}.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"The receiver did not answer within {Timeout.TotalSeconds:0} seconds.");
        }
        catch (HttpRequestException failed)
        {
            return (null, $"The receiver could not be reached: {failed.Message}");
        }
    }

    private sealed record Due(Guid Id, DateTime? NextAttemptAtUtc, string Event, string Payload, string Url, string ProtectedSecret);

    /// <summary>The connection of every delivery: to public addresses only, unless <see cref="WebhookOptions.AllowPrivateAddresses"/>.</summary>
    public static SocketsHttpHandler Handler(IOptions<WebhookOptions> options) =>
        PublicNetwork.Handler(() => options.Value.AllowPrivateAddresses, "is on this machine or a private network, where webhooks are not sent.");
}
