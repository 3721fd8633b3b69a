using InterimExchange.BuildingBlocks.Email;
using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.Notifications.Contracts;
using InterimExchange.Notifications.Data;
using InterimExchange.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using InterimExchange.BuildingBlocks;

namespace InterimExchange.Notifications.Features.Delivery;

/// <summary>
/// Once a day, from seven in the morning (UTC), each person who chose the daily digest gets one email with every notification
/// not emailed yet. The digest is recorded per person and day in the same SaveChanges, so two instances never both send it.
/// </summary>
internal sealed class DailyDigest(NotificationsDbContext db, IOptions<SiteOptions> site, TimeProvider clock, ILogger<DailyDigest> logger)
{
    public const int Hour = 7;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        if (now.Hour < Hour)
        {
            return 0;
        }

        var people = await db.Preferences.Where(p => p.Email == EmailPreference.DailyDigest)
            .Where(p => !db.Digests.Any(d => d.UserId == p.UserId && d.Day == today))
            .Where(p => db.Notifications.Any(n => n.UserId == p.UserId && n.EmailedAtUtc == null))
            .Select(p => p.UserId).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var userId in people)
        {
            var waiting = await db.Notifications.Where(n => n.UserId == userId && n.EmailedAtUtc == null).OrderBy(n => n.CreatedAtUtc).ToListAsync(cancellationToken);
            var first = waiting[0];
            var lines = waiting.Select(n => $"- {n.Title} ({n.CreatedAtUtc:d MMM HH:mm} UTC)\n  {site.Value.Link(n.Link)}");
            db.Digests.Add(new DigestSent(userId, today));
            db.AddToOutbox(new EmailRequested(first.Email, first.Name, $"Your InterimExchange digest: {waiting.Count} {(waiting.Count == 1 ? "update" : "updates")}",
                $"Hello {first.Name},\n\nSince your last digest:\n\n{string.Join("\n", lines)}\n\nRead them all in your notification centre: {site.Value.Link("/notifications")}\n"), clock);
            waiting.ForEach(n => n.Emailed(now));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                sent++;
            }
            catch (DbUpdateException)
            {
                logger.LogDebug("Today's digest for {UserId} was sent by another instance", userId);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return sent;
    }
}

/// <summary>Runs the digest every hour of the app's clock; it sends once a day per person.</summary>
internal sealed class DigestWatch(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DigestWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DailyDigest>().RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "The daily digest failed; it runs again within the hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
