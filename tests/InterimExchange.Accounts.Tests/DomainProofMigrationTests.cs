using InterimExchange.Accounts.Data;
using InterimExchange.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InterimExchange.Accounts.Tests;

/// <summary>Email domains saved before proof was asked for are not trusted on their word: each needs its proof, with a token of its own.</summary>
public sealed class DomainProofMigrationTests
{
    [Fact]
    public async Task Domains_saved_before_proof_was_asked_for_are_unproved_and_each_gets_its_own_token()
    {
        var cancel = TestContext.Current.CancellationToken;
        var file = Path.Combine(TestServices.TempFolder("accounts-migration"), "accounts.db");
        var options = new DbContextOptionsBuilder<SqliteAccountsDbContext>().UseSqlite($"Data Source={file}").Options;
        await using var db = new SqliteAccountsDbContext(options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("OneOpenLeavePerPerson", cancellationToken: cancel);
        foreach (var (organisation, domain) in new[] { (Guid.NewGuid(), "northbridge.example"), (Guid.NewGuid(), "gmail.com") })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO OrganisationSignIns (OrganisationId, Issuer, ClientId, ProtectedSecret, EmailDomain, UpdatedAtUtc)
                VALUES ({organisation}, 'https://login.example/', 'interimexchange', 'protected', {domain}, '2026-12-01 09:00:00')
                """, cancel);
        }

        await migrator.MigrateAsync(cancellationToken: cancel);

        var saved = await db.OrganisationSignIns.AsNoTracking().ToListAsync(cancel);
        saved.Count.ShouldBe(2);
        saved.ShouldAllBe(s => s.ProvedDomain == null);
        saved.ShouldAllBe(s => System.Text.RegularExpressions.Regex.IsMatch(s.DomainToken, "^[0-9a-f]{32}$"));
        saved[0].DomainToken.ShouldNotBe(saved[1].DomainToken);
        SqliteConnection.ClearAllPools();
    }
}
