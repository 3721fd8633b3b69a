using Microsoft.EntityFrameworkCore;

namespace InterimExchange.BuildingBlocks.Outbox;

/// <summary>A module DbContext that owns one outbox table and one inbox table.</summary>
public interface IHasOutbox
{
    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<InboxMessage> InboxMessages { get; }
}

public static class OutboxExtensions
{
    /// <summary>Queues an integration message; it is stored by the caller's next SaveChanges and published after it.</summary>
    public static void AddToOutbox<TContext>(this TContext context, object message, TimeProvider clock)
        where TContext : DbContext, IHasOutbox =>
        context.OutboxMessages.Add(OutboxMessage.For(message, clock.GetUtcNow().UtcDateTime));

    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("OutboxMessages");
            outbox.HasKey(m => m.Id);
            outbox.HasIndex(m => m.MessageId).IsUnique();
            outbox.HasIndex(m => new { m.SentAtUtc, m.Id });
            outbox.Property(m => m.Type).HasMaxLength(500);
            outbox.Property(m => m.LastError).HasMaxLength(2000);
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("InboxMessages");
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(300);
        });
        return modelBuilder;
    }
}
