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
    public async Task A_sent_message_keeps_its_row_but_not_its_content()
    {
        await using var modules = await ModulesHost.StartAsync(new());
        var noteId = await modules.WriteNoteAsync("a link with a token in it: https://example.test/briefing/SECRET");

        await TestServices.Eventually(() => modules.QueryAsync<ConsumerDbContext, bool>(db => db.ReceivedNotes.AnyAsync(n => n.NoteId == noteId)),
            TimeSpan.FromSeconds(30), "delivery of the note");
        await TestServices.Eventually(() => modules.QueryAsync<ProducerDbContext, bool>(db => db.OutboxMessages.AllAsync(m => m.SentAtUtc != null)),
            TimeSpan.FromSeconds(10), "the row marked sent");

        var rows = await modules.QueryAsync<ProducerDbContext, List<OutboxMessage>>(db => db.OutboxMessages.ToListAsync(Cancel));
        rows.ShouldHaveSingleItem().Content.ShouldBeEmpty();
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

        var dispatcher = ActivatorUtilities.CreateInstance<OutboxDispatcher<ProducerDbContext>>(modules.Services);
        (await dispatcher.PruneAsync(Cancel)).ShouldBe(1);

        var left = await modules.QueryAsync<ProducerDbContext, List<string>>(db => db.OutboxMessages.Select(m => m.Content).ToListAsync(Cancel));
        left.Count.ShouldBe(2);
        left.ShouldNotContain(content => content.Contains("\"old\"", StringComparison.Ordinal));
    }
}
