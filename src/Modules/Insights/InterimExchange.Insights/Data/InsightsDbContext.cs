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
            // Track records count each firm's rows from this index alone, in firm order; insights read an RPO's rows by date.
            routing.HasIndex(r => new
            {
                r.FirmId, r.Channel, r.RoutedAtUtc, r.AnsweredByRespondBy, r.MinutesToAnswer, r.RespondedAtUtc, r.Interested, r.Proposed, r.Shortlisted, r.Selected,
                r.Engaged,
            });
            routing.HasIndex(r => new { r.RpoOrganisationId, r.RoutedAtUtc });
            routing.HasIndex(r => r.RoutedAtUtc);
        });

        builder.Entity<ReviewFact>(review =>
        {
            review.ToTable("ReviewFacts");
            review.HasKey(r => new { r.EngagementId, r.Number });
            review.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
            review.HasIndex(r => new { r.FirmId, r.EngagementId, r.HalfPoints });
            // Insights read the reviews of a period from the index alone (SQLite has no included columns: they are keys).
            review.HasIndex(r => new { r.RpoOrganisationId, r.ReviewedOn, r.BriefId, r.HalfPoints, r.Channel });
            review.HasIndex(r => new { r.ReviewedOn, r.BriefId, r.HalfPoints, r.Channel });
        });

        builder.Entity<PromiseFact>(promise =>
        {
            promise.ToTable("PromiseFacts");
            promise.HasKey(p => p.DecisionId);
            promise.Property(p => p.DecisionId).ValueGeneratedNever();
            // Outcomes given in a period are counted per day; ghosting reads only the items not kept.
            promise.HasIndex(p => new { p.RpoOrganisationId, p.GivenOn, p.Kept });
            promise.HasIndex(p => new { p.GivenOn, p.Kept });
            promise.HasIndex(p => new { p.RpoOrganisationId, p.Kept, p.DecisionBy, p.GivenOn });
            promise.HasIndex(p => new { p.Kept, p.DecisionBy, p.GivenOn });
        });
    }
}

internal sealed class SqliteInsightsDbContext(DbContextOptions<SqliteInsightsDbContext> options) : InsightsDbContext(options);

internal sealed class SqlServerInsightsDbContext(DbContextOptions<SqlServerInsightsDbContext> options) : InsightsDbContext(options);

internal sealed class SqliteInsightsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteInsightsDbContext>(InsightsDbContext.Module);

internal sealed class SqlServerInsightsDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerInsightsDbContext>(InsightsDbContext.Module);
