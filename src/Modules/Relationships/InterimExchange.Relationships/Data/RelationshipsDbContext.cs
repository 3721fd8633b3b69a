namespace InterimExchange.Relationships.Data;

internal class RelationshipsDbContext(DbContextOptions options) : ModuleDbContext(options, RelationshipsDbContext.Module)
{
    public const string Module = "relationships";

    public DbSet<Relationship> Relationships => Set<Relationship>();

    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<RoutedBrief> RoutedBriefs => Set<RoutedBrief>();

    public DbSet<BriefClient> BriefClients => Set<BriefClient>();

    public DbSet<SentReminder> Reminders => Set<SentReminder>();

    protected override void OnModuleModelCreating(ModelBuilder builder)
    {
        // What each handover of a person's work moved here, so that taking it back returns exactly that.
        builder.AddHandoverLedger();

        builder.Entity<Relationship>(relationship =>
        {
            relationship.HasKey(r => r.Id);
            relationship.Property(r => r.RpoName).HasMaxLength(200);
            relationship.Property(r => r.CounterpartName).HasMaxLength(200);
            relationship.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
            relationship.Property(r => r.Highlight).HasMaxLength(500);
            relationship.Property(r => r.NextStep).HasMaxLength(500);
            relationship.Property(r => r.CounterpartNextStep).HasMaxLength(500);
            // One relationship per pair; the keep-in-touch list reads an RPO's due ones soonest first; a firm or client finds its own.
            relationship.HasIndex(r => new { r.RpoOrganisationId, r.CounterpartId }).IsUnique();
            relationship.HasIndex(r => new { r.RpoOrganisationId, r.DueOn });
            relationship.HasIndex(r => r.CounterpartId);
            relationship.HasIndex(r => r.DueOn);
        });

        builder.Entity<TimelineEntry>(entry =>
        {
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
            entry.Property(e => e.Text).HasMaxLength(2000);
            entry.HasIndex(e => new { e.RelationshipId, e.AtUtc });
        });

        builder.Entity<Conversation>(conversation =>
        {
            conversation.HasKey(c => c.Id);
            conversation.Ignore(c => c.People);
            conversation.Ignore(c => c.Parties);
            conversation.Property(c => c.RoleTitle).HasMaxLength(200);
            conversation.Property(c => c.Purpose).HasMaxLength(300);
            conversation.Property(c => c.Agenda).HasMaxLength(2000);
            conversation.Property(c => c.Where).HasMaxLength(500);
            conversation.Property(c => c.ClosingReason).HasMaxLength(1000);
            conversation.Property(c => c.Format).HasConversion<string>().HasMaxLength(20);
            conversation.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
            conversation.Property(c => c.Requester).HasJsonConversion();
            conversation.Property(c => c.Responder).HasJsonConversion();
            conversation.Property(c => c.Guest).HasJsonConversion();
            conversation.Property(c => c.Times).HasJsonConversion();
            conversation.Property(c => c.Records).HasJsonConversion();
            conversation.Property(c => c.LastMove).HasJsonConversion();
            // The decisions owed by an organisation; a relationship's and a brief's conversations; the reminders' due ones.
            conversation.HasIndex(c => new { c.AwaitingOrganisationId, c.State, c.RespondBy });
            conversation.HasIndex(c => new { c.RelationshipId, c.RequestedAtUtc });
            conversation.HasIndex(c => c.BriefId);
            conversation.HasIndex(c => new { c.State, c.StartsAtUtc });
            conversation.HasIndex(c => c.GuestUserId);
        });

        builder.Entity<RoutedBrief>(routed =>
        {
            routed.HasKey(r => new { r.BriefId, r.FirmId });
            routed.Property(r => r.RoleTitle).HasMaxLength(200);
            routed.HasIndex(r => r.RelationshipId);
        });

        builder.Entity<BriefClient>(client =>
        {
            client.HasKey(c => c.BriefId);
            client.Property(c => c.RoleTitle).HasMaxLength(200);
        });

        builder.Entity<SentReminder>(reminder =>
        {
            reminder.HasKey(r => new { r.SubjectId, r.Kind, r.Day });
            reminder.Property(r => r.Kind).HasMaxLength(80);
        });
    }
}

internal sealed class SqliteRelationshipsDbContext(DbContextOptions<SqliteRelationshipsDbContext> options) : RelationshipsDbContext(options);

internal sealed class SqlServerRelationshipsDbContext(DbContextOptions<SqlServerRelationshipsDbContext> options) : RelationshipsDbContext(options);

internal sealed class SqliteRelationshipsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteRelationshipsDbContext>(RelationshipsDbContext.Module);

internal sealed class SqlServerRelationshipsDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerRelationshipsDbContext>(RelationshipsDbContext.Module);
