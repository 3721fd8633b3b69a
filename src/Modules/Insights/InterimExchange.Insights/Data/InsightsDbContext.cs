namespace InterimExchange.Insights.Data;

internal class InsightsDbContext(DbContextOptions options) : ModuleDbContext(options, InsightsDbContext.Module)
{
    public const string Module = "insights";

    public DbSet<BriefFact> Briefs => Set<BriefFact>();

    public DbSet<RoutingFact> Routings => Set<RoutingFact>();

    public DbSet<ReviewFact> Reviews => Set<ReviewFact>();

    public DbSet<PromiseFact> Promises => Set<PromiseFact>();

    protected override void OnModuleModelCreating(ModelBuilder builder)
    {
        builder.Entity<BriefFact>(brief =>
        {
            brief.ToTable("BriefFacts");
            brief.HasKey(b => b.BriefId);
            brief.Property(b => b.BriefId).ValueGeneratedNever();
            brief.Property(b => b.Sector).HasMaxLength(50);
            // Insights read one RPO's briefs (or the platform's) created or engaged within a period.
            brief.HasIndex(b => new { b.RpoOrganisationId, b.CreatedOn });
            brief.HasIndex(b => new { b.RpoOrganisationId, b.EngagedOn });
            brief.HasIndex(b => b.CreatedOn);
            brief.HasIndex(b => b.EngagedOn);
        });

        builder.Entity<RoutingFact>(routing =>
        {
            routing.ToTable("RoutingFacts");
            routing.HasKey(r => new { r.BriefId, r.FirmId });
            routing.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
            // A firm's track record reads its own rows; insights read an RPO's.
            routing.HasIndex(r => r.FirmId);
            routing.HasIndex(r => new { r.RpoOrganisationId, r.RoutedAtUtc });
            routing.HasIndex(r => r.RoutedAtUtc);
        });

        builder.Entity<ReviewFact>(review =>
        {
            review.ToTable("ReviewFacts");
            review.HasKey(r => new { r.EngagementId, r.Number });
            review.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
            review.HasIndex(r => r.FirmId);
            review.HasIndex(r => new { r.RpoOrganisationId, r.ReviewedOn });
            review.HasIndex(r => r.ReviewedOn);
        });

        builder.Entity<PromiseFact>(promise =>
        {
            promise.ToTable("PromiseFacts");
            promise.HasKey(p => p.DecisionId);
            promise.Property(p => p.DecisionId).ValueGeneratedNever();
            promise.HasIndex(p => new { p.RpoOrganisationId, p.DecisionBy });
            promise.HasIndex(p => p.DecisionBy);
        });
    }
}

internal sealed class SqliteInsightsDbContext(DbContextOptions<SqliteInsightsDbContext> options) : InsightsDbContext(options);

internal sealed class SqlServerInsightsDbContext(DbContextOptions<SqlServerInsightsDbContext> options) : InsightsDbContext(options);

internal sealed class SqliteInsightsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteInsightsDbContext>(InsightsDbContext.Module);

internal sealed class SqlServerInsightsDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerInsightsDbContext>(InsightsDbContext.Module);
