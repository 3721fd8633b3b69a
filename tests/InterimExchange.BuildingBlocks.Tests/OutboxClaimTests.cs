using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.BuildingBlocks.Tests;

/// <summary>An instance that claims a batch of the outbox and stops before sending it does not hold the messages back for ever.</summary>
public sealed class OutboxClaimTests
{
    [Fact]
    public async Task A_message_claimed_by_an_instance_that_stopped_is_sent_once_its_claim_expires()
    {
        await using var modules = await ModulesHost.StartAsync(new());
        var noteId = Guid.NewGuid();
        var claimedUntil = DateTime.UtcNow.AddSeconds(3);
        await using (var scope = modules.Services.CreateAsyncScope())
        {
            // Written already claimed, in one save, so that this instance's dispatcher never sees it unclaimed.
            var db = scope.ServiceProvider.GetRequiredService<ProducerDbContext>();
            var row = OutboxMessage.For(new NoteWritten(noteId, "claimed by an instance that stopped"), DateTime.UtcNow);
            db.OutboxMessages.Add(row);
            db.Entry(row).Property(m => m.LockedBy).CurrentValue = Guid.NewGuid();
            db.Entry(row).Property(m => m.LockedUntilUtc).CurrentValue = claimedUntil;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        (await modules.QueryAsync<ConsumerDbContext, bool>(db => db.ReceivedNotes.AnyAsync(n => n.NoteId == noteId))).ShouldBeFalse("the claim still holds");

        await TestServices.Eventually(() => modules.QueryAsync<ConsumerDbContext, bool>(db => db.ReceivedNotes.AnyAsync(n => n.NoteId == noteId)),
            TimeSpan.FromSeconds(30), "delivery once the claim expired");
        (await modules.QueryAsync<ProducerDbContext, bool>(db => db.OutboxMessages.AllAsync(m => m.SentAtUtc != null))).ShouldBeTrue();
    }
}
