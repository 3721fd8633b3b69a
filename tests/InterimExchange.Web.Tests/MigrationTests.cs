using System.Text.RegularExpressions;
using InterimExchange.Testing;
using InterimExchange.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Web.Tests;

/// <summary>Every module's two migration sets, checked without a SQL Server.</summary>
public sealed class MigrationTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private IReadOnlyList<ModuleDatabase> Modules => app.Services.GetServices<ModuleDatabase>().ToList();

    [Fact]
    public void Every_module_has_a_database()
    {
        Modules.Select(m => m.Module).ShouldContain("accounts");
    }

    [Fact]
    public void The_SQL_Server_script_of_every_module_s_migrations_is_generated_into_the_module_s_schema()
    {
        foreach (var module in Modules)
        {
            using var db = Create(module.SqlServerContext, options => options.UseModuleSqlServer("Server=unused;Database=InterimExchange", module.Module));

            var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

            script.ShouldContain($"CREATE SCHEMA [{module.Module}]", customMessage: module.Module);
            script.ShouldContain($"[{module.Module}].[__EFMigrationsHistory]", customMessage: module.Module);
            script.ShouldContain($"[{module.Module}].[OutboxMessages]", customMessage: module.Module);
            script.ShouldContain($"[{module.Module}].[InboxMessages]", customMessage: module.Module);
        }
    }

    [Fact]
    public void Neither_migration_set_lags_behind_its_module_s_model()
    {
        foreach (var module in Modules)
        {
            using var sqlServer = Create(module.SqlServerContext, options => options.UseModuleSqlServer("Server=unused;Database=InterimExchange", module.Module));
            sqlServer.Database.HasPendingModelChanges().ShouldBeFalse($"{module.Module}: add a SQL Server migration");

            using var sqlite = Create(module.SqliteContext, options => options.UseSqlite("Data Source=:memory:"));
            sqlite.Database.HasPendingModelChanges().ShouldBeFalse($"{module.Module}: add a SQLite migration");
        }
    }

    [Fact]
    public void Every_SQLite_compiled_model_is_generated_from_its_module_s_model()
    {
        foreach (var module in Modules)
        {
            using var sqlite = Create(module.SqliteContext, options => options.UseSqlite("Data Source=:memory:"));
            var project = module.SqliteContext.Assembly.GetName().Name!;
            var folder = Path.Combine(DeploymentTests.FindRepository(), "src", "Modules", project["InterimExchange.".Length..], project, "Data", "CompiledModels");
            var generated = Directory.CreateTempSubdirectory().FullName;

            var services = new ServiceCollection().AddEntityFrameworkDesignTimeServices().AddDbContextDesignTimeServices(sqlite);
#pragma warning disable EF1001 // SQLite's design-time services are what `dotnet ef` adds for this provider.
            new Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices().ConfigureDesignTimeServices(services);
#pragma warning restore EF1001
            using var design = services.BuildServiceProvider();
            design.GetRequiredService<ICompiledModelScaffolder>().ScaffoldModel(sqlite.GetService<IDesignTimeModel>().Model, generated, new CompiledModelCodeGenerationOptions
            {
                ContextType = module.SqliteContext,
                ModelNamespace = $"{project}.Data.CompiledModels",
                Language = "C#",
                UseNullableReferenceTypes = true,
            });

            sqlite.Model.GetType().ShouldNotBe(typeof(RuntimeModel), $"{module.Module}: {Regenerate}");
            Directory.GetFiles(folder).Select(Path.GetFileName).ShouldBe(Directory.GetFiles(generated).Select(Path.GetFileName), ignoreOrder: true, $"{module.Module}: {Regenerate}");
            foreach (var file in Directory.GetFiles(generated))
            {
                WithoutModelId(File.ReadAllText(Path.Combine(folder, Path.GetFileName(file))))
                    .ShouldBe(WithoutModelId(File.ReadAllText(file)), $"{module.Module}, {Path.GetFileName(file)}: {Regenerate}");
            }

            Directory.Delete(generated, recursive: true);
        }
    }

    [Fact]
    public void Each_module_has_its_own_SQLite_file()
    {
        // The modules first: reading them starts the app, which writes the files. Run first in the class, the folder would not exist yet.
        var modules = Modules.Select(m => m.Module).ToList();
        var files = Directory.EnumerateFiles(Path.Combine(app.Folder, "data"), "*.db").Select(Path.GetFileNameWithoutExtension);

        files.ShouldBe(modules, ignoreOrder: true);
    }

    [Fact]
    public async Task Every_SQLite_file_is_in_write_ahead_log_mode()
    {
        foreach (var module in Modules)
        {
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(app.Folder, "data", module.Module + ".db")}");
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";

            (await command.ExecuteScalarAsync(TestContext.Current.CancellationToken)).ShouldBe("wal", module.Module);
        }
    }

    private const string Regenerate = "regenerate its compiled SQLite model (README, Changing a module's model)";

    /// <summary>Each generation gives the model a new random id.</summary>
    private static string WithoutModelId(string code) => Regex.Replace(code, "modelId: new Guid\\(\"[^\"]*\"\\)", "modelId");

    private static DbContext Create(Type context, Action<DbContextOptionsBuilder> configure)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(context))!;
        configure(builder);
        return (DbContext)Activator.CreateInstance(context, builder.Options)!;
    }
}
