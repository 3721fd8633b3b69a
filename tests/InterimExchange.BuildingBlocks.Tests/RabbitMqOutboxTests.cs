using InterimExchange.BuildingBlocks.Tests;
using InterimExchange.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.BuildingBlocks.Tests;

/// <summary>The outbox and inbox through real SQLite files and the real RabbitMQ on loopback.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class RabbitMqOutboxTests
{
    [Fact]
    public async Task A_message_delivered_twice_takes_effect_once_in_the_consuming_module()
    {
        await using var virtualHost = await RabbitMq.VirtualHostAsync();
        await using var modules = await ModulesHost.StartAsync(virtualHost.Settings);

        var noteId = await modules.WriteNoteAsync("Head of Quality brief confirmed");
        await TestServices.Eventually(() => Task.FromResult(modules.Consumed.Of<NoteWritten>() >= 1), TimeSpan.FromSeconds(30), "the first delivery");

        // The broker delivers again what it already delivered: the same message, the same message id.
        var sent = await modules.QueryAsync<ProducerDbContext, Guid>(db => db.OutboxMessages.Select(m => m.MessageId).SingleAsync());
        await modules.Services.GetRequiredService<IBus>().Publish(new NoteWritten(noteId, "Head of Quality brief confirmed"), context => context.MessageId = sent, TestContext.Current.CancellationToken);
        await TestServices.Eventually(() => Task.FromResult(modules.Consumed.Of<NoteWritten>() >= 2), TimeSpan.FromSeconds(30), "the second delivery");

        (await modules.QueryAsync<ConsumerDbContext, int>(db => db.ReceivedNotes.CountAsync(n => n.NoteId == noteId))).ShouldBe(1);
        (await modules.QueryAsync<ConsumerDbContext, int>(db => db.InboxMessages.CountAsync())).ShouldBe(1);
        (await modules.QueryAsync<ProducerDbContext, bool>(db => db.OutboxMessages.AllAsync(m => m.SentAtUtc != null))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_message_written_while_the_broker_is_stopped_is_delivered_after_it_comes_back()
    {
        await using var virtualHost = await RabbitMq.VirtualHostAsync();
        await using var modules = await ModulesHost.StartAsync(virtualHost.Settings);
        // Let the bus connect and bind its queues before the broker goes away.
        await modules.WriteNoteAsync("warm-up");
        await TestServices.Eventually(() => Task.FromResult(modules.Consumed.Of<NoteWritten>() >= 1), TimeSpan.FromSeconds(30), "the warm-up message");

        await RabbitMq.CtlAsync("stop_app");
        try
        {
            var noteId = await modules.WriteNoteAsync("written while the broker was down");
            var row = await modules.QueryAsync<ProducerDbContext, long>(db => db.OutboxMessages.MaxAsync(m => m.Id));

            // The dispatcher has taken the row up, and it is not sent: only then does "nothing arrived" say something. With the broker
            // stopped, the bus holds a publish until the connection is back rather than failing it, so the row stays claimed
            // (LockedBy) with no failed attempt counted; a publish that failed instead would count one.
            await TestServices.Eventually(
                () => modules.QueryAsync<ProducerDbContext, bool>(db => db.OutboxMessages.AnyAsync(m =>
                    m.Id == row && m.SentAtUtc == null && (m.LockedBy != null || m.Attempts > 0 || m.LastError != null))),
                TimeSpan.FromSeconds(60), "the outbox to take up the note written while the broker was down");
            (await modules.QueryAsync<ConsumerDbContext, int>(db => db.ReceivedNotes.CountAsync(n => n.NoteId == noteId))).ShouldBe(0);
            (await modules.QueryAsync<ProducerDbContext, bool>(db => db.OutboxMessages.AnyAsync(m => m.Id == row && m.SentAtUtc == null))).ShouldBeTrue("not sent while the broker is down");

            await RabbitMq.CtlAsync("start_app");
            await TestServices.Eventually(
                () => modules.QueryAsync<ConsumerDbContext, bool>(db => db.ReceivedNotes.AnyAsync(n => n.NoteId == noteId)),
                TimeSpan.FromSeconds(120), "delivery after the broker came back");
            (await modules.QueryAsync<ProducerDbContext, bool>(db => db.OutboxMessages.AllAsync(m => m.SentAtUtc != null))).ShouldBeTrue();
        }
        finally
        {
            await RabbitMq.CtlAsync("start_app");
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RabbitMqCollection
{
    public const string Name = "RabbitMQ";
}
