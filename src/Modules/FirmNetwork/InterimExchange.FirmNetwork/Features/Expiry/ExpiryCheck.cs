using InterimExchange.Accounts.Contracts;
using InterimExchange.BuildingBlocks.Email;
using InterimExchange.BuildingBlocks.Scheduling;
using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;

namespace InterimExchange.FirmNetwork.Features.Expiry;

/// <summary>
/// Every hour: reminds firms 30 days before their vetting or their insurance expires, and takes firms whose vetting has
/// expired out of routing. Each notice is a row keyed by (firm, kind, date) saved with its emails and event, so that running
/// it again, or on several app instances at once, sends nothing twice.
/// </summary>
internal sealed class ExpiryCheck(FirmNetworkDbContext db, IAccounts accounts, TimeProvider clock) : IScheduledWork
{
    public const int ReminderDays = 30;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var approved = await db.Firms.AsNoTracking().Where(f => f.Status == FirmStatus.Approved).ToListAsync(cancellationToken);
        var ids = approved.Select(f => f.Id).ToList();
        var sent = (await db.ExpiryNotices.AsNoTracking().Where(n => ids.Contains(n.FirmId)).Select(n => new { n.FirmId, n.Kind, n.Day }).ToListAsync(cancellationToken))
            .Select(n => (n.FirmId, n.Kind, n.Day)).ToHashSet();
        var changed = 0;
        foreach (var due in approved)
        {
            var notices = due.VettedUntil < today
                ? [(ExpiryKind.VettingExpired, due.VettedUntil!.Value)]
                : due.ExpiringWithin(today, ReminderDays).ToList();
            notices.RemoveAll(n => sent.Contains((due.Id, n.Kind, n.Day)));
            if (notices.Count == 0)
            {
                continue;
            }

            var firm = await db.Firms.SingleAsync(f => f.Id == due.Id, cancellationToken);
            var members = await accounts.AskAsync(new MembersQuery(firm.Id), cancellationToken);
            foreach (var (kind, day) in notices)
            {
                db.ExpiryNotices.Add(new ExpiryNotice(firm.Id, kind, day, now));
                if (kind == ExpiryKind.VettingExpired && firm.ExpireIfDue(now))
                {
                    db.AddToOutbox(new FirmVettingExpired(firm.Id, day, now), clock);
                }

                var (subject, body) = Email(kind, firm.Name, day);
                foreach (var member in members)
                {
                    db.AddToOutbox(new EmailRequested(member.Email, member.DisplayName, subject, $"Hello {member.DisplayName},\n\n{body}\n"), clock);
                }
            }

            // Another instance may have sent these notices first.
            if (await db.SaveOnceAsync(cancellationToken))
            {
                changed++;
            }
        }

        return changed;
    }

    private static (string Subject, string Body) Email(ExpiryKind kind, string firm, DateOnly day) => kind switch
    {
        ExpiryKind.VettingExpired => ("Your InterimExchange vetting has expired",
            $"The vetting of {firm} expired on {day:d MMMM yyyy}. Until you are vetted again, no new briefs reach you; the briefs you hold stay open to you. Ask for re-vetting from your firm portal."),
        ExpiryKind.VettingExpiring => ("Your InterimExchange vetting expires soon",
            $"The vetting of {firm} is valid until {day:d MMMM yyyy}. Ask for re-vetting from your firm portal now, so that briefs keep reaching you."),
        _ => ("Your professional indemnity insurance expires soon",
            $"The insurance {firm} gave us expires on {day:d MMMM yyyy}. Update the expiry date in your firm profile when you renew: firms with expired insurance receive no new briefs."),
    };
}
