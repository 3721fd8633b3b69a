namespace InterimExchange.Briefs.Data;

internal class BriefsDbContext(DbContextOptions options) : ModuleDbContext(options, BriefsDbContext.Module)
{
    public const string Module = "briefs";

    public DbSet<Brief> Briefs => Set<Brief>();

    public DbSet<BriefHistoryEntry> BriefHistory => Set<BriefHistoryEntry>();

    public DbSet<ClientCompany> ClientCompanies => Set<ClientCompany>();

    public DbSet<ClientContact> ClientContacts => Set<ClientContact>();

    public DbSet<BriefingInvitation> BriefingInvitations => Set<BriefingInvitation>();

    protected override void OnModuleModelCreating(ModelBuilder builder)
    {
        // What each handover of a person's work moved here, so that taking it back returns exactly that.
        builder.AddHandoverLedger();

        builder.Entity<Brief>(brief =>
        {
            brief.HasKey(b => b.Id);
            brief.ComplexProperty(b => b.Details, details =>
            {
                details.Property(d => d.RoleTitle).HasMaxLength(200);
                details.Property(d => d.Sector).HasMaxLength(50);
                details.Property(d => d.Function).HasMaxLength(50);
                details.Property(d => d.Seniority).HasMaxLength(50);
                details.Property(d => d.Region).HasMaxLength(50);
                details.Property(d => d.Location).HasMaxLength(200);
                details.Property(d => d.RemotePolicy).HasConversion<string>().HasMaxLength(20);
            });
            brief.Property(b => b.Status).HasConversion<string>().HasMaxLength(30);
            brief.Property(b => b.StatusBeforeHold).HasConversion<string>().HasMaxLength(30);
            brief.Property(b => b.HoldReason).HasMaxLength(2000);
            brief.Property(b => b.WithdrawalReason).HasMaxLength(2000);
            brief.Property(b => b.Briefing).HasJsonConversion();
            brief.Property(b => b.Commercial).HasJsonConversion();
            brief.Property(b => b.OpenClarification).HasJsonConversion();
            brief.HasMany(b => b.History).WithOne().HasForeignKey(h => h.BriefId);
            brief.Navigation(b => b.History).HasField("history").UsePropertyAccessMode(PropertyAccessMode.Field);
            // The briefs list filters by RPO and status and orders by creation.
            brief.HasIndex(b => new { b.RpoOrganisationId, b.Status, b.CreatedAtUtc });
            brief.HasIndex(b => new { b.RpoOrganisationId, b.CreatedAtUtc });
        });

        builder.Entity<BriefHistoryEntry>(entry =>
        {
            entry.ToTable("BriefHistory");
            entry.HasKey(h => h.Id);
            entry.Property(h => h.Id).ValueGeneratedNever();
            entry.Property(h => h.Actor).HasMaxLength(200);
            entry.Property(h => h.What).HasMaxLength(500);
            entry.Property(h => h.Reason).HasMaxLength(2000);
            entry.HasIndex(h => new { h.BriefId, h.AtUtc });
        });

        builder.Entity<ClientCompany>(company =>
        {
            company.HasKey(c => c.Id);
            company.Property(c => c.Name).HasMaxLength(200);
            company.Property(c => c.Sector).HasMaxLength(50);
            company.HasIndex(c => new { c.RpoOrganisationId, c.Name });
            company.HasMany(c => c.Contacts).WithOne().HasForeignKey(c => c.ClientCompanyId);
            company.Navigation(c => c.Contacts).HasField("contacts").UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        builder.Entity<ClientContact>(contact =>
        {
            contact.HasKey(c => c.Id);
            contact.Property(c => c.Id).ValueGeneratedNever();
            contact.Property(c => c.Name).HasMaxLength(200);
            contact.Property(c => c.Email).HasMaxLength(256);
            contact.Property(c => c.JobTitle).HasMaxLength(200);
        });

        builder.Entity<BriefingInvitation>(invitation =>
        {
            invitation.HasKey(i => i.Id);
            invitation.Property(i => i.Email).HasMaxLength(256);
            invitation.Property(i => i.Name).HasMaxLength(200);
            invitation.HasIndex(i => i.BriefId);
            invitation.HasIndex(i => i.ExecutiveUserId);
            invitation.Property(i => i.TokenHash).HasMaxLength(64);

            // Not unique: invitations sent before links kept their own token have none (their links were retired).
            invitation.HasIndex(i => i.TokenHash);
        });
    }
}

internal sealed class SqliteBriefsDbContext(DbContextOptions<SqliteBriefsDbContext> options) : BriefsDbContext(options);

internal sealed class SqlServerBriefsDbContext(DbContextOptions<SqlServerBriefsDbContext> options) : BriefsDbContext(options);

internal sealed class SqliteBriefsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteBriefsDbContext>(BriefsDbContext.Module);

internal sealed class SqlServerBriefsDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerBriefsDbContext>(BriefsDbContext.Module);
