using InterimExchange.BuildingBlocks.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace InterimExchange.Accounts.Data;

internal class AccountsDbContext(DbContextOptions options)
    : IdentityDbContext<UserAccount, IdentityRole<Guid>, Guid>(options), IHasOutbox
{
    public const string Module = "accounts";

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<InvitationToken> InvitationTokens => Set<InvitationToken>();

    public DbSet<Integration> Integrations => Set<Integration>();

    public DbSet<IdempotentAnswer> IdempotentAnswers => Set<IdempotentAnswer>();

    public DbSet<OrganisationSignIn> OrganisationSignIns => Set<OrganisationSignIn>();

    public DbSet<OrganisationHistoryEntry> OrganisationHistory => Set<OrganisationHistoryEntry>();

    public DbSet<Handover> Handovers => Set<Handover>();

    public DbSet<UserSession> Sessions => Set<UserSession>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Writes what a change to the organisation's people recorded into its history; the events are the change's to publish.</summary>
    public IReadOnlyList<object> Record(PeopleChanged changed)
    {
        OrganisationHistory.AddRange(changed.History);
        if (changed.Handover is { } handover)
        {
            Handovers.Add(handover);
        }

        return changed.Events;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseModuleSchema(this, Module);
        builder.AddOutboxAndInbox();

        // OpenIddict's applications (the integrations' OAuth clients, secrets hashed), authorizations, scopes and tokens.
        builder.UseOpenIddict();

        builder.Entity<Organisation>(organisation =>
        {
            organisation.HasKey(o => o.Id);
            organisation.Property(o => o.Name).HasMaxLength(200);
            organisation.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        });

        builder.Entity<UserAccount>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.TimeZone).HasMaxLength(64).HasDefaultValue(LocalTimes.DefaultZone);
            user.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            user.HasIndex(u => u.OrganisationId);
            user.Ignore(u => u.IsRemoved);
        });

        builder.Entity<OrganisationHistoryEntry>(entry =>
        {
            entry.ToTable("OrganisationHistory");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Change).HasConversion<string>().HasMaxLength(40);
            entry.Property(e => e.PersonName).HasMaxLength(200);
            entry.Property(e => e.ByName).HasMaxLength(200);
            entry.Property(e => e.ToName).HasMaxLength(200);
            entry.HasIndex(e => new { e.OrganisationId, e.AtUtc });
        });

        builder.Entity<UserSession>(session =>
        {
            session.ToTable("UserSessions");
            session.HasKey(x => x.Id);
            session.Property(x => x.Device).HasMaxLength(200);
            session.HasIndex(x => new { x.UserId, x.SignedInAtUtc });
            session.HasIndex(x => x.SignedInAtUtc);
        });

        builder.Entity<Handover>(handover =>
        {
            handover.HasKey(h => h.Id);
            handover.Property(h => h.Note).HasMaxLength(1000);
            handover.HasIndex(h => new { h.FromUserId, h.TakenBackAtUtc });
            // One open leave per person, however fast the form is sent twice.
            handover.HasIndex(h => h.FromUserId).IsUnique().HasFilter("ForGood = 0 AND TakenBackAtUtc IS NULL").HasDatabaseName("IX_Handovers_OneOpenPerPerson");
            handover.HasIndex(h => h.OrganisationId);
            handover.Ignore(h => h.IsOpen);
        });

        builder.Entity<InvitationToken>(invitation =>
        {
            invitation.HasKey(i => i.Id);
            invitation.HasIndex(i => i.TokenHash).IsUnique();
            invitation.HasIndex(i => new { i.Purpose, i.Subject });
            invitation.HasIndex(i => i.IssuedBy);
            invitation.Property(i => i.TokenHash).HasMaxLength(64);
            invitation.Property(i => i.Purpose).HasMaxLength(100);
            invitation.Property(i => i.Subject).HasMaxLength(100);
            invitation.Property(i => i.Email).HasMaxLength(256);
        });

        builder.Entity<Integration>(integration =>
        {
            integration.HasKey(i => i.Id);
            integration.Property(i => i.Name).HasMaxLength(100);
            integration.Property(i => i.ClientId).HasMaxLength(100);
            integration.Property(i => i.Scopes).HasMaxLength(400);
            integration.HasIndex(i => i.ClientId).IsUnique();
            integration.HasIndex(i => i.OrganisationId);
            integration.HasIndex(i => i.RegisteredBy);
            integration.Property(i => i.GrantTypes).HasMaxLength(100).HasDefaultValue(IntegrationGrants.ClientCredentials);
            integration.Property(i => i.RedirectUris).HasMaxLength(2000);
            integration.Ignore(i => i.ScopeList);
            integration.Ignore(i => i.GrantTypeList);
            integration.Ignore(i => i.RedirectUriList);
        });

        builder.Entity<OrganisationSignIn>(settings =>
        {
            settings.HasKey(s => s.OrganisationId);
            settings.Property(s => s.OrganisationId).ValueGeneratedNever();
            settings.Property(s => s.Issuer).HasMaxLength(300);
            settings.Property(s => s.ClientId).HasMaxLength(200);
            settings.Property(s => s.ProtectedSecret).HasMaxLength(2000);
            settings.Property(s => s.EmailDomain).HasMaxLength(200);
            settings.Property(s => s.DomainToken).HasMaxLength(64);
            settings.Property(s => s.ProvedDomain).HasMaxLength(200);
            // Several organisations may claim a domain; one proves it, and the sign-in page finds the provider by the domain typed.
            settings.HasIndex(s => s.ProvedDomain).IsUnique();
            settings.Ignore(s => s.DomainRecord);
        });

        builder.Entity<IdempotentAnswer>(answer =>
        {
            answer.HasKey(a => new { a.ClientId, a.Key });
            answer.Property(a => a.ClientId).HasMaxLength(100);
            answer.Property(a => a.Key).HasMaxLength(100);
            answer.Property(a => a.Method).HasMaxLength(10);
            answer.Property(a => a.Path).HasMaxLength(400);
            answer.Property(a => a.ContentType).HasMaxLength(100);
            answer.HasIndex(a => a.AnsweredAtUtc);
        });

        // The roles are reference data: every database has them from its first migration.
        builder.Entity<IdentityRole<Guid>>().HasData(RoleSeed.All);
    }
}

internal static class RoleSeed
{
    public static IdentityRole<Guid>[] All { get; } =
    [
        Role("4f7c2b1e-0d7a-4c3e-9a51-1b2f0c6d8a01", Roles.RpoCoordinator),
        Role("4f7c2b1e-0d7a-4c3e-9a51-1b2f0c6d8a02", Roles.FirmMember),
        Role("4f7c2b1e-0d7a-4c3e-9a51-1b2f0c6d8a03", Roles.ClientExecutive),
        Role("4f7c2b1e-0d7a-4c3e-9a51-1b2f0c6d8a04", Roles.VettingOfficer),
    ];

    private static IdentityRole<Guid> Role(string id, string name) => new()
    {
        Id = Guid.Parse(id),
        Name = name,
        NormalizedName = name.ToUpperInvariant(),
        ConcurrencyStamp = id,
    };
}

/// <summary>Selects the SQLite migration set.</summary>
internal sealed class SqliteAccountsDbContext(DbContextOptions<SqliteAccountsDbContext> options) : AccountsDbContext(options);

/// <summary>Selects the SQL Server migration set.</summary>
internal sealed class SqlServerAccountsDbContext(DbContextOptions<SqlServerAccountsDbContext> options) : AccountsDbContext(options);

internal sealed class SqliteAccountsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteAccountsDbContext>(AccountsDbContext.Module);

internal sealed class SqlServerAccountsDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerAccountsDbContext>(AccountsDbContext.Module);
