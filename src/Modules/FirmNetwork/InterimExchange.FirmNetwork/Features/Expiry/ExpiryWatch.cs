using InterimExchange.Accounts.Contracts;
using InterimExchange.BuildingBlocks.Email;
using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.FirmNetwork.Contracts;
using InterimExchange.FirmNetwork.Contracts.IntegrationEvents;
using InterimExchange.FirmNetwork.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InterimExchange.FirmNetwork.Features.Expiry;

/// <summary>
/// Reminds firms 30 days before their vetting or their insurance expires, and takes firms whose vetting has
/// expired out of routing. Each step is recorded on the firm in the same SaveChanges as its email or event, so that
/// running it again, or on several app instances, sends nothing twice.
/// </summary>
internal sealed class ExpiryCheck(FirmNetworkDbContext db, IAccounts accounts, TimeProvider clock)
{
    public const int ReminderDays = 30;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var firms = await db.Firms.Where(f => f.Status == FirmStatus.Approved)
            .ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var firm in firms)
        {
            var emails = new List<(string Subject, string Body)>();
            if (firm.ExpireIfDue(now))
            {
                db.AddToOutbox(new FirmVettingExpired(firm.Id, firm.VettedUntil!.Value, now), clock);
                emails.Add(("Your InterimExchange vetting has expired",
                    $"The vetting of {firm.Name} expired on {firm.VettedUntil:d MMMM yyyy}. Until you are vetted again, no new briefs reach you; the briefs you hold stay open to you. Ask for re-vetting from your firm portal."));
            }
            else
            {
                if (firm.NeedsVettingReminder(today, ReminderDays))
                {
                    firm.VettingReminderSent();
                    emails.Add(("Your InterimExchange vetting expires soon",
                        $"The vetting of {firm.Name} is valid until {firm.VettedUntil:d MMMM yyyy}. Ask for re-vetting from your firm portal now, so that briefs keep reaching you."));
                }

                if (firm.NeedsInsuranceReminder(today, ReminderDays))
                {
                    firm.InsuranceReminderSent();
                    emails.Add(("Your professional indemnity insurance expires soon",
                        $"The insurance {firm.Name} gave us expires on {firm.Profile.InsuranceExpiresOn:d MMMM yyyy}. Update the expiry date in your firm profile when you renew: firms with expired insurance receive no new briefs."));
                }
            }

            if (emails.Count == 0)
            {
                continue;
            }

            var team = await accounts.GetTeamAsync(firm.Id, cancellationToken);
            foreach (var (subject, body) in emails)
            {
                foreach (var member in team.Members)
                {
                    db.AddToOutbox(new EmailRequested(member.Email, member.DisplayName, subject, $"Hello {member.DisplayName},\n\n{body}\n"), clock);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            changed++;
        }

        return changed;
    }
}

/// <summary>Runs the expiry check at start-up and then every hour.</summary>
internal sealed class ExpiryWatch(IServiceScopeFactory scopes, ILogger<ExpiryWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ExpiryCheck>().RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "The vetting expiry check failed; it runs again within the hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
