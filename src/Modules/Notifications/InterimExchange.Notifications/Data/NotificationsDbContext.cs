namespace InterimExchange.Notifications.Data;

internal class NotificationsDbContext(DbContextOptions options) : ModuleDbContext(options, NotificationsDbContext.Module)
{
    public const string Module = "notifications";

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<Preference> Preferences => Set<Preference>();

    public DbSet<DigestSent> Digests => Set<DigestSent>();

    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    protected override void OnModuleModelCreating(ModelBuilder builder)
    {
        builder.Entity<Notification>(notification =>
        {
            notification.HasKey(n => n.Id);
            notification.Property(n => n.Email).HasMaxLength(256);
            notification.Property(n => n.Name).HasMaxLength(200);
            notification.Property(n => n.Title).HasMaxLength(300);
            notification.Property(n => n.Body).HasMaxLength(5000);
            notification.Property(n => n.Link).HasMaxLength(500);
            notification.Property(n => n.TimeZone).HasMaxLength(64);
            // A person's centre lists newest first and counts the unread; the digest finds what was not emailed yet.
            notification.HasIndex(n => new { n.UserId, n.CreatedAtUtc });
            notification.HasIndex(n => new { n.UserId, n.ReadAtUtc });
            notification.HasIndex(n => n.EmailedAtUtc);
        });

        builder.Entity<Preference>(preference =>
        {
            preference.HasKey(p => p.UserId);
            preference.Property(p => p.UserId).ValueGeneratedNever();
            preference.Property(p => p.Email).HasConversion<string>().HasMaxLength(20);
        });

        builder.Entity<DigestSent>(digest => digest.HasKey(d => new { d.UserId, d.Day }));

        builder.Entity<WebhookSubscription>(subscription =>
        {
            subscription.HasKey(s => s.Id);
            subscription.Property(s => s.Url).HasMaxLength(500);
            subscription.Property(s => s.Events).HasMaxLength(300);
            subscription.Property(s => s.ProtectedSecret).HasMaxLength(1000);
            subscription.Property(s => s.CreatedBy).HasMaxLength(200);
            subscription.HasIndex(s => s.OrganisationId);
            subscription.Ignore(s => s.EventList);
        });

        builder.Entity<WebhookDelivery>(delivery =>
        {
            delivery.HasKey(d => d.Id);
            delivery.Property(d => d.Id).ValueGeneratedNever();
            delivery.Property(d => d.Event).HasMaxLength(50);
            delivery.Property(d => d.LastError).HasMaxLength(300);
            // The sender finds what is due; the log lists an organisation's newest first.
            delivery.HasIndex(d => d.NextAttemptAtUtc);
            delivery.HasIndex(d => new { d.OrganisationId, d.CreatedAtUtc });
        });
    }
}

internal sealed class SqliteNotificationsDbContext(DbContextOptions<SqliteNotificationsDbContext> options) : NotificationsDbContext(options);

internal sealed class SqlServerNotificationsDbContext(DbContextOptions<SqlServerNotificationsDbContext> options) : NotificationsDbContext(options);

internal sealed class SqliteNotificationsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteNotificationsDbContext>(NotificationsDbContext.Module);

internal sealed class SqlServerNotificationsDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerNotificationsDbContext>(NotificationsDbContext.Module);
