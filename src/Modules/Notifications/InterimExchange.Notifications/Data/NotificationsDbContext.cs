namespace InterimExchange.Notifications.Data;

internal class NotificationsDbContext(DbContextOptions options) : ModuleDbContext(options, NotificationsDbContext.Module)
{
    public const string Module = "notifications";

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<Preference> Preferences => Set<Preference>();

    public DbSet<DigestSent> Digests => Set<DigestSent>();

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
    }
}

internal sealed class SqliteNotificationsDbContext(DbContextOptions<SqliteNotificationsDbContext> options) : NotificationsDbContext(options);

internal sealed class SqlServerNotificationsDbContext(DbContextOptions<SqlServerNotificationsDbContext> options) : NotificationsDbContext(options);

internal sealed class SqliteNotificationsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteNotificationsDbContext>(NotificationsDbContext.Module);

internal sealed class SqlServerNotificationsDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerNotificationsDbContext>(NotificationsDbContext.Module);
