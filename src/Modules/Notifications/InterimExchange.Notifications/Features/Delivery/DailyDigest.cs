using InterimExchange.BuildingBlocks.Email;
using InterimExchange.BuildingBlocks.Time;
using InterimExchange.BuildingBlocks.Scheduling;
using Microsoft.Extensions.Options;

namespace InterimExchange.Notifications.Features.Delivery;

/// <summary>
/// Once a day, from seven in the morning on each person's own clock, each person who chose the daily digest gets one email with
/// every notification not emailed yet, each stamped on that clock. The digest is recorded per person and their day in the same
/// SaveChanges, so two instances never both send it.
/// </summary>
internal sealed class DailyDigest(NotificationsDbContext db, IOptions<SiteOptions> site, TimeProvider clock) : IScheduledWork
{
    public const int Hour = 7;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var people = await db.Preferences.Where(p => p.Email == EmailPreference.DailyDigest)
            .Where(p => db.Notifications.Any(n => n.UserId == p.UserId && n.EmailedAtUtc == null))
            .Select(p => p.UserId).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var userId in people)
        {
            var waiting = await db.Notifications.Where(n => n.UserId == userId && n.EmailedAtUtc == null).OrderBy(n => n.CreatedAtUtc).ToListAsync(cancellationToken);
            // The newest notification knows the person's clock best: they may have moved since the first.
            var zone = waiting[^1].TimeZone;
            var local = LocalTimes.ToLocal(now, zone);
            var day = DateOnly.FromDateTime(local);
            if (local.Hour < Hour || await db.Digests.AnyAsync(d => d.UserId == userId && d.Day == day, cancellationToken))
            {
                continue;
            }

            var first = waiting[0];
            // Each notification whole: a routed brief keeps the coordinator's note to the firm and its success criteria.
            var lines = waiting.Select(n => $"- {n.Title} ({LocalTimes.Describe(n.CreatedAtUtc, zone)})\n\n{n.Body}\n\n  Open it: {site.Value.Link(n.Link)}\n");
            db.Digests.Add(new DigestSent(userId, day));
            db.AddToOutbox(new EmailRequested(first.Email, first.Name, $"Your InterimExchange digest: {waiting.Count} {(waiting.Count == 1 ? "update" : "updates")}",
                $"Hello {first.Name},\n\nSince your last digest:\n\n{string.Join("\n", lines)}\n\nRead them all in your notification centre: {site.Value.Link(PortalLinks.Notifications)}\n"), clock);
            waiting.ForEach(n => n.Emailed(now));
            // Another instance may have sent today's digest for this person first.
            if (await db.SaveOnceAsync(cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }
}
