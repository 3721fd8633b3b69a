using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.BuildingBlocks.Tests;

/// <summary>The outbox forgets what it sent: an email's link token is not kept once sent, and old rows go after the retention period.</summary>
public sealed class OutboxRetentionTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_sent_email_keeps_its_row_but_not_its_body_while_other_messages_keep_theirs()
    {
        await using var modules = await ModulesHost.StartAsync(new());
        await using (var scope = modules.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProducerDbContext>();
            db.AddToOutbox(new Email.EmailRequested("grace@harbourfoods.example", "Grace", "Please brief us", "https://example.test/account/briefing?token=SECRET"),
                TimeProvider.System);
            await db.SaveChangesAsync(Cancel);
        }

        var noteId = await modules.WriteNoteAsync("an ordinary event");
        await TestServices.Eventually(() => modules.QueryAsync<ProducerDbContext, bool>(db => db.OutboxMessages.AllAsync(m => m.SentAtUtc != null)),
            TimeSpan.FromSeconds(30), "both rows sent");

        var rows = await modules.QueryAsync<ProducerDbContext, List<OutboxMessage>>(db => db.OutboxMessages.OrderBy(m => m.Id).ToListAsync(Cancel));
        rows.Count.ShouldBe(2);
        rows[0].Content.ShouldBeEmpty();
        rows[1].Content.ShouldContain(noteId.ToString());
    }

    [Fact]
    public async Task Sent_rows_older_than_the_retention_period_are_deleted_and_unsent_ones_never()
    {
        await using var modules = await ModulesHost.StartAsync(new() { ["Outbox:Retention"] = "7.00:00:00" });
        var now = DateTime.UtcNow;
        await using (var scope = modules.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProducerDbContext>();
            foreach (var (text, sentDaysAgo) in new (string, int?)[] { ("old", 8), ("recent", 1), ("unsent", null) })
            {
                var row = OutboxMessage.For(new NoteWritten(Guid.NewGuid(), text), now.AddDays(-9));
                db.OutboxMessages.Add(row);
                db.Entry(row).Property(m => m.SentAtUtc).CurrentValue = sentDaysAgo is { } days ? now.AddDays(-days) : null;
                // Held by another instance, so that this one's dispatcher leaves the unsent row alone during the test.
                db.Entry(row).Property(m => m.LockedUntilUtc).CurrentValue = now.AddHours(1);
            }

            await db.SaveChangesAsync(Cancel);
        }

        // The host's own dispatcher prunes as it starts, and may have deleted the old row first: either way it is gone once this prune returns.
        var dispatcher = ActivatorUtilities.CreateInstance<OutboxDispatcher<ProducerDbContext>>(modules.Services);
        (await dispatcher.PruneAsync(Cancel)).ShouldBeLessThanOrEqualTo(1);

        var left = await modules.QueryAsync<ProducerDbContext, List<string>>(db => db.OutboxMessages.Select(m => m.Content).ToListAsync(Cancel));
        left.Count.ShouldBe(2);
        left.ShouldNotContain(content => content.Contains("\"old\"", StringComparison.Ordinal));
    }
}
