using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.BuildingBlocks.Persistence;
using InterimExchange.Proposals.Domain;
using Microsoft.EntityFrameworkCore;

namespace InterimExchange.Proposals.Data;

internal class ProposalsDbContext(DbContextOptions options) : DbContext(options), IHasOutbox
{
    public const string Module = "proposals";

    public DbSet<InboxItem> InboxItems => Set<InboxItem>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.UseModuleSchema(this, Module);
        builder.AddOutboxAndInbox();

        builder.Entity<InboxItem>(item =>
        {
            item.HasKey(i => i.Id);
            item.Property(i => i.RoleTitle).HasMaxLength(200);
            item.Property(i => i.FirmName).HasMaxLength(200);
            item.Property(i => i.Channel).HasConversion<string>().HasMaxLength(20);
            item.Property(i => i.Note).HasMaxLength(4000);
            item.Property(i => i.Reasons).HasJsonConversion();
            item.Property(i => i.ResponseNote).HasMaxLength(4000);
            item.Property(i => i.Response).HasConversion<string>().HasMaxLength(20);
            item.Property(i => i.DeclineReason).HasConversion<string>().HasMaxLength(20);
            // One item per brief and firm, however often the routing message arrives; the inbox lists a firm's items newest first.
            item.HasIndex(i => new { i.BriefId, i.FirmId }).IsUnique();
            item.HasIndex(i => new { i.FirmId, i.RoutedAtUtc });
        });
    }
}

internal sealed class SqliteProposalsDbContext(DbContextOptions<SqliteProposalsDbContext> options) : ProposalsDbContext(options);

internal sealed class SqlServerProposalsDbContext(DbContextOptions<SqlServerProposalsDbContext> options) : ProposalsDbContext(options);

internal sealed class SqliteProposalsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteProposalsDbContext>(ProposalsDbContext.Module);

internal sealed class SqlServerProposalsDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerProposalsDbContext>(ProposalsDbContext.Module);
