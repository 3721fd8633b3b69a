namespace InterimExchange.FirmNetwork.Data;

internal class FirmNetworkDbContext(DbContextOptions options) : ModuleDbContext(options, FirmNetworkDbContext.Module)
{
    public const string Module = "firmnetwork";

    public DbSet<Firm> Firms => Set<Firm>();

    public DbSet<FirmHistoryEntry> FirmHistory => Set<FirmHistoryEntry>();

    public DbSet<ExpiryNotice> ExpiryNotices => Set<ExpiryNotice>();

    protected override void OnModuleModelCreating(ModelBuilder builder)
    {
        builder.Entity<Firm>(firm =>
        {
            firm.HasKey(f => f.Id);
            firm.Property(f => f.Id).ValueGeneratedNever();
            firm.Property(f => f.Status).HasConversion<string>().HasMaxLength(30);
            firm.Property(f => f.Name).HasMaxLength(200);
            firm.Property(f => f.Profile).HasJsonConversion();
            firm.Property(f => f.VettedProfile).HasJsonConversion();
            // Named for what it first flagged (specialisms); it now flags every change that waits for vetting.
            firm.Property(f => f.ChangedSinceVetting).HasColumnName("SpecialismsChangedSinceVetting");
            firm.Property(f => f.InformationRequest).HasJsonConversion();
            firm.Property(f => f.Checklist).HasJsonConversion();
            firm.Property(f => f.RejectionReason).HasMaxLength(2000);
            firm.Property(f => f.SuspensionReason).HasMaxLength(2000);
            firm.HasMany(f => f.History).WithOne().HasForeignKey(h => h.FirmId);
            firm.Navigation(f => f.History).HasField("history").UsePropertyAccessMode(PropertyAccessMode.Field);
            // The vetting queue filters by status and orders by when the review started.
            firm.HasIndex(f => new { f.Status, f.ReviewStartedAtUtc });
        });

        builder.Entity<ExpiryNotice>(notice =>
        {
            notice.HasKey(n => new { n.FirmId, n.Kind, n.Day });
            notice.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        });

        builder.Entity<FirmHistoryEntry>(entry =>
        {
            entry.ToTable("FirmHistory");
            entry.HasKey(h => h.Id);
            entry.Property(h => h.Id).ValueGeneratedNever();
            entry.Property(h => h.Actor).HasMaxLength(200);
            entry.Property(h => h.What).HasMaxLength(500);
            entry.Property(h => h.Detail).HasMaxLength(4000);
            entry.HasIndex(h => new { h.FirmId, h.AtUtc });
        });
    }
}

internal sealed class SqliteFirmNetworkDbContext(DbContextOptions<SqliteFirmNetworkDbContext> options) : FirmNetworkDbContext(options);

internal sealed class SqlServerFirmNetworkDbContext(DbContextOptions<SqlServerFirmNetworkDbContext> options) : FirmNetworkDbContext(options);

internal sealed class SqliteFirmNetworkDesignTimeFactory() : SqliteDesignTimeFactory<SqliteFirmNetworkDbContext>(FirmNetworkDbContext.Module);

internal sealed class SqlServerFirmNetworkDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerFirmNetworkDbContext>(FirmNetworkDbContext.Module);
