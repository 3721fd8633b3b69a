using InterimExchange.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterimExchange.BuildingBlocks.Persistence;

/// <summary>
/// One module's database: its schema name, and the two provider-specific context types that carry
/// the two migration sets (<c>Data/Migrations/Sqlite</c> and <c>Data/Migrations/SqlServer</c>).
/// </summary>
public sealed record ModuleDatabase(string Module, Type Context, Type SqliteContext, Type SqlServerContext)
{
    public Type ContextFor(DatabaseProvider provider) =>
        provider == DatabaseProvider.SqlServer ? SqlServerContext : SqliteContext;
}

public static class ModuleDatabaseRegistration
{
    /// <summary>
    /// Registers a module's DbContext on the configured provider, the dispatcher of its outbox, and its readiness check.
    /// <typeparamref name="TContext"/> is what the module uses; the two derived types only select a migration set.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext, TSqlite, TSqlServer>(
        this IServiceCollection services, string module)
        where TContext : DbContext, IHasOutbox
        where TSqlite : TContext
        where TSqlServer : TContext
    {
        // The options are built once, when the context is first resolved (so that hosts and tests can set them late), and the
        // contexts are pooled: a request reuses a reset context instead of building one, its options and its services again.
        services.AddDbContextPool<TSqlServer>((sp, db) => db.UseModuleSqlServer(Options(sp).ConnectionString
            ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is SqlServer."), module)
            .AddInterceptors(ColumnLengths.Instance, sp.GetRequiredService<OutboxSaveInterceptor<TContext>>()));
        services.AddDbContextPool<TSqlite>((sp, db) =>
        {
            var options = Options(sp);
            Directory.CreateDirectory(Path.GetFullPath(options.DataDirectory));
            db.UseSqlite(options.SqliteConnectionString(module)).AddInterceptors(ColumnLengths.Instance, sp.GetRequiredService<OutboxSaveInterceptor<TContext>>());
        });
        services.AddScoped<TContext>(sp =>
        {
            if (Options(sp).Provider == DatabaseProvider.SqlServer)
            {
                return sp.GetRequiredService<TSqlServer>();
            }

            // One SQLite connection for the scope (a request, a message): EF Core would open and close it around every query, and
            // each open registers its functions again. It goes back to the pool when the context does. In WAL mode (set when the
            // databases are prepared) synchronous=NORMAL syncs at checkpoints instead of at every commit: a power cut may lose the
            // last commits, each whole with its outbox row, but never corrupts the file. A writer waits up to 5 s for another
            // inside SQLite, in shorter steps than Microsoft.Data.Sqlite's own 150 ms retries.
            var sqlite = sp.GetRequiredService<TSqlite>();
            sqlite.Database.OpenConnection();
            using var command = sqlite.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000";
            command.ExecuteNonQuery();
            return sqlite;
        });

        services.AddSingleton(new ModuleDatabase(module, typeof(TContext), typeof(TSqlite), typeof(TSqlServer)));
        services.AddOutboxDispatcher<TContext>();
        services.AddHealthChecks().AddDbContextCheck<TContext>($"{module}-database", tags: ["ready"]);
        return services;
    }

    private static DatabaseOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<DatabaseOptions>>().Value;

    public static DbContextOptionsBuilder UseModuleSqlServer(this DbContextOptionsBuilder builder, string connectionString, string module) =>
        builder.UseSqlServer(connectionString, sql => sql.MigrationsHistoryTable("__EFMigrationsHistory", module));

    /// <summary>SQL Server: one schema per module. SQLite has no schemas: a file per module keeps them apart.</summary>
    public static void UseModuleSchema(this ModelBuilder modelBuilder, DbContext context, string module)
    {
        if (context.Database.IsSqlServer())
        {
            modelBuilder.HasDefaultSchema(module);
        }
    }
}

/// <summary>Lets <c>dotnet ef</c> build a module's SQLite context without a host.</summary>
public abstract class SqliteDesignTimeFactory<TContext>(string module) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        (TContext)Activator.CreateInstance(typeof(TContext),
            new DbContextOptionsBuilder<TContext>().UseSqlite($"Data Source={module}.db").Options)!;
}

/// <summary>Lets <c>dotnet ef</c> build a module's SQL Server context without a server.</summary>
public abstract class SqlServerDesignTimeFactory<TContext>(string module) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        (TContext)Activator.CreateInstance(typeof(TContext),
            new DbContextOptionsBuilder<TContext>().UseModuleSqlServer(
                Environment.GetEnvironmentVariable("Database__ConnectionString") ?? "Server=localhost;Database=InterimExchange;Integrated Security=true;TrustServerCertificate=true",
                module).Options)!;
}
