using InterimExchange.Routing.Data;
using InterimExchange.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InterimExchange.Routing.Tests;

/// <summary>The migration that turns the directory's JSON specialisms into rows keeps every firm's specialisms.</summary>
public sealed class SpecialismMigrationTests
{
    [Fact]
    public async Task Specialisms_held_as_JSON_become_rows_that_recommendation_can_filter_on()
    {
        var cancel = TestContext.Current.CancellationToken;
        var file = Path.Combine(TestServices.TempFolder("routing-migration"), "routing.db");
        var options = new DbContextOptionsBuilder<SqliteRoutingDbContext>().UseSqlite($"Data Source={file}").Options;
        await using var db = new SqliteRoutingDbContext(options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("Initial", cancellationToken: cancel);
        var firmId = Guid.NewGuid();
        const string specialisms = """[{"Sector":"pharma","Function":"quality"},{"Sector":"medtech","Function":"quality"}]""";
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO DirectoryFirms (FirmId, Name, Specialisms, Regions, Seniorities, Capacity, ValidUntil, InsuranceExpiresOn, Suspended, Expired,
                ProfileAtUtc, StatusAtUtc, OpenBriefs, BriefsRouted, AnsweredWithinTwoDays)
            VALUES ({firmId}, 'Meridian', {specialisms}, '[]', '[]', 3,
                '2027-11-01', '2027-11-01', 0, 0, '2026-11-01 09:00:00', '2026-11-01 09:00:00', 0, 0, 0)
            """, cancel);

        await migrator.MigrateAsync(cancellationToken: cancel);

        var firm = await db.Firms.AsNoTracking().SingleAsync(f => f.FirmId == firmId, cancel);
        firm.Specialisms.Select(s => (s.Sector, s.Function)).Order().ShouldBe([("medtech", "quality"), ("pharma", "quality")]);
        (await db.Firms.CountAsync(f => f.Specialisms.Any(s => s.Sector == "medtech"), cancel)).ShouldBe(1);
        SqliteConnection.ClearAllPools();
    }
}
