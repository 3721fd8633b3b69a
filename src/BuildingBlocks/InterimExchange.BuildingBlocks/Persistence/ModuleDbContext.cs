using InterimExchange.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace InterimExchange.BuildingBlocks.Persistence;

/// <summary>A module's DbContext: its own schema (SQL Server) or file (SQLite), with its outbox and inbox tables.</summary>
public abstract class ModuleDbContext(DbContextOptions options, string module) : DbContext(options), IHasOutbox
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(this, module);
        modelBuilder.AddOutboxAndInbox();
        OnModuleModelCreating(modelBuilder);
    }

    /// <summary>The module's own tables.</summary>
    protected abstract void OnModuleModelCreating(ModelBuilder modelBuilder);
}
