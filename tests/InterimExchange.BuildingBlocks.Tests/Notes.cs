using InterimExchange.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace InterimExchange.BuildingBlocks.Tests;

/// <summary>A message from a producing module to a consuming module, as modules exchange them.</summary>
public sealed record NoteWritten(Guid NoteId, string Text);

internal sealed class Note
{
    public Guid Id { get; set; }

    public string Text { get; set; } = "";
}

internal sealed class ReceivedNote
{
    public Guid Id { get; set; }

    public Guid NoteId { get; set; }
}

internal sealed class ProducerDbContext(DbContextOptions<ProducerDbContext> options) : DbContext(options), IHasOutbox
{
    public DbSet<Note> Notes => Set<Note>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
}

internal sealed class ConsumerDbContext(DbContextOptions<ConsumerDbContext> options) : DbContext(options), IHasOutbox
{
    public DbSet<ReceivedNote> ReceivedNotes => Set<ReceivedNote>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
}

internal sealed class NoteWrittenConsumer(ConsumerDbContext db, TimeProvider clock) : InboxConsumer<NoteWritten, ConsumerDbContext>(db, clock)
{
    protected override Task HandleAsync(NoteWritten message, CancellationToken cancellationToken)
    {
        Db.ReceivedNotes.Add(new ReceivedNote { Id = Guid.NewGuid(), NoteId = message.NoteId });
        return Task.CompletedTask;
    }
}
