using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace InterimExchange.BuildingBlocks.Tests;

/// <summary>An instance that claims a batch of the outbox and stops before sending it does not hold the messages back for ever.</summary>
public sealed class OutboxClaimTests
{
    [Fact]
    public async Task A_message_claimed_by_an_instance_that_stopped_is_sent_once_its_claim_expires()
    {
        // Claims are taken and compared on the app's clock: a fake one moves past the claim when the test says so, not by waiting.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var modules = await ModulesHost.StartAsync(new(), clock);
        var noteId = Guid.NewGuid();
        var stoppedInstance = Guid.NewGuid();
        var claimedUntil = clock.GetUtcNow().UtcDateTime.AddSeconds(3);
        long claimedRow;
        await using (var scope = modules.Services.CreateAsyncScope())
        {
            // Written already claimed, in one save, so that this instance's dispatcher never sees it unclaimed.
            var db = scope.ServiceProvider.GetRequiredService<ProducerDbContext>();
            var row = OutboxMessage.For(new NoteWritten(noteId, "claimed by an instance that stopped"), clock.GetUtcNow().UtcDateTime);
            db.OutboxMessages.Add(row);
            db.Entry(row).Property(m => m.LockedBy).CurrentValue = stoppedInstance;
            db.Entry(row).Property(m => m.LockedUntilUtc).CurrentValue = claimedUntil;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            claimedRow = row.Id;
        }

        // A note written after it, unclaimed, is delivered: the dispatcher has looked at the outbox since the claimed row was stored,
        // and every look that found the later row saw the claimed one first, in the same query.
        var laterNoteId = await modules.WriteNoteAsync("written after the claim, by this instance");
        await TestServices.Eventually(() => modules.QueryAsync<ConsumerDbContext, bool>(db => db.ReceivedNotes.AnyAsync(n => n.NoteId == laterNoteId)),
            TimeSpan.FromSeconds(30), "delivery of the note written after the claim");

        (await modules.QueryAsync<ConsumerDbContext, bool>(db => db.ReceivedNotes.AnyAsync(n => n.NoteId == noteId))).ShouldBeFalse("the claim still holds");
        var held = await modules.QueryAsync<ProducerDbContext, OutboxMessage>(db => db.OutboxMessages.SingleAsync(m => m.Id == claimedRow));
        held.LockedBy.ShouldBe(stoppedInstance, "the claim still holds: no other instance took the row over");
        held.SentAtUtc.ShouldBeNull("the claim still holds");

        clock.Advance(TimeSpan.FromSeconds(4));
        await TestServices.Eventually(() => modules.QueryAsync<ConsumerDbContext, bool>(db => db.ReceivedNotes.AnyAsync(n => n.NoteId == noteId)),
            TimeSpan.FromSeconds(30), "delivery once the claim expired");
        await TestServices.Eventually(() => modules.QueryAsync<ProducerDbContext, bool>(db => db.OutboxMessages.AllAsync(m => m.SentAtUtc != null)),
            TimeSpan.FromSeconds(30), "every outbox row marked sent");
    }
}
