namespace InterimExchange.Routing.Data;

internal class RoutingDbContext(DbContextOptions options) : ModuleDbContext(options, RoutingDbContext.Module)
{
    public const string Module = "routing";

    public DbSet<DirectoryFirm> Firms => Set<DirectoryFirm>();

    public DbSet<RoutableBrief> Briefs => Set<RoutableBrief>();

    public DbSet<RoutedFirm> RoutedFirms => Set<RoutedFirm>();

    public DbSet<ClientExclusion> Exclusions => Set<ClientExclusion>();

    protected override void OnModuleModelCreating(ModelBuilder builder)
    {
        builder.Entity<DirectoryFirm>(firm =>
        {
            firm.ToTable("DirectoryFirms");
            firm.HasKey(f => f.FirmId);
            firm.Property(f => f.FirmId).ValueGeneratedNever();
            firm.Property(f => f.Name).HasMaxLength(200);
            // Specialisms are rows, so that recommendation narrows to firms with any fit in the database.
            firm.OwnsMany(f => f.Specialisms, specialism =>
            {
                specialism.ToTable("DirectoryFirmSpecialisms");
                specialism.WithOwner().HasForeignKey("FirmId");
                specialism.Property<int>("Id").ValueGeneratedOnAdd();
                specialism.HasKey("Id");
                specialism.Property(s => s.Sector).HasMaxLength(50);
                specialism.Property(s => s.Function).HasMaxLength(50);
                specialism.HasIndex(s => s.Function);
                specialism.HasIndex(s => s.Sector);
            });
            firm.Property(f => f.Regions).HasJsonConversion();
            firm.Property(f => f.Seniorities).HasJsonConversion();
            // Recommendation reads the firms that can be eligible at all.
            firm.HasIndex(f => new { f.Suspended, f.Expired, f.ValidUntil });
        });

        builder.Entity<RoutableBrief>(brief =>
        {
            brief.ToTable("RoutableBriefs");
            brief.HasKey(b => b.BriefId);
            brief.Property(b => b.BriefId).ValueGeneratedNever();
            brief.Property(b => b.RoleTitle).HasMaxLength(200);
            brief.Property(b => b.Sector).HasMaxLength(50);
            brief.Property(b => b.Function).HasMaxLength(50);
            brief.Property(b => b.Seniority).HasMaxLength(50);
            brief.Property(b => b.Region).HasMaxLength(50);
            brief.HasIndex(b => b.RpoOrganisationId);
        });

        builder.Entity<RoutedFirm>(routed =>
        {
            routed.HasKey(r => r.Id);
            routed.Property(r => r.FirmName).HasMaxLength(200);
            routed.Property(r => r.Note).HasMaxLength(4000);
            routed.Property(r => r.ResponseNote).HasMaxLength(4000);
            routed.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
            routed.Property(r => r.Response).HasConversion<string>().HasMaxLength(20);
            routed.Property(r => r.DeclineReason).HasConversion<string>().HasMaxLength(20);
            // A firm receives a brief once, whatever the wave.
            routed.HasIndex(r => new { r.BriefId, r.FirmId }).IsUnique();
        });

        builder.Entity<ClientExclusion>(exclusion =>
        {
            exclusion.ToTable("ClientExclusions");
            exclusion.HasKey(e => e.Id);
            exclusion.Property(e => e.FirmName).HasMaxLength(200);
            exclusion.Property(e => e.Reason).HasMaxLength(1000);
            exclusion.Property(e => e.ExcludedBy).HasMaxLength(200);
            exclusion.HasIndex(e => new { e.RpoOrganisationId, e.ClientCompanyId, e.FirmId }).IsUnique();
        });
    }
}

internal sealed class SqliteRoutingDbContext(DbContextOptions<SqliteRoutingDbContext> options) : RoutingDbContext(options);

internal sealed class SqlServerRoutingDbContext(DbContextOptions<SqlServerRoutingDbContext> options) : RoutingDbContext(options);

internal sealed class SqliteRoutingDesignTimeFactory() : SqliteDesignTimeFactory<SqliteRoutingDbContext>(RoutingDbContext.Module);

internal sealed class SqlServerRoutingDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerRoutingDbContext>(RoutingDbContext.Module);
