using InterimExchange.Accounts.Contracts;
using InterimExchange.Accounts.Data;
using InterimExchange.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InterimExchange.Accounts.Tests;

/// <summary>Organisations that began before every organisation had an admin get one: their earliest member, said in their history.</summary>
public sealed class AdminMigrationTests
{
    [Fact]
    public async Task The_earliest_member_of_an_organisation_without_an_admin_becomes_its_admin_and_its_history_says_so()
    {
        var cancel = TestContext.Current.CancellationToken;
        var file = Path.Combine(TestServices.TempFolder("accounts-migration"), "accounts.db");
        var options = new DbContextOptionsBuilder<SqliteAccountsDbContext>().UseSqlite($"Data Source={file}").Options;
        await using var db = new SqliteAccountsDbContext(options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("OrganisationSignIn", cancellationToken: cancel);
        Guid firm = Guid.NewGuid(), rpo = Guid.NewGuid(), applicant = Guid.NewGuid(), colleague = Guid.NewGuid(), lead = Guid.NewGuid(), coordinator = Guid.NewGuid();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO Organisations (Id, Name, Kind, CreatedAtUtc) VALUES ({firm}, 'Meridian Interim', 'SpecialistFirm', '2026-10-01 09:00:00'),
                ({rpo}, 'Northbridge', 'RpoProvider', '2026-09-01 09:00:00');
            """, cancel);
        foreach (var (id, organisation, name, admin) in new[] { (applicant, firm, "Maria Okafor", false), (colleague, firm, "Tom Reyes", false), (lead, rpo, "Amelia Hart", true), (coordinator, rpo, "Daniel Cho", false) })
        {
            var email = $"{name.Replace(' ', '.').ToLowerInvariant()}@example.com";
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO AspNetUsers (Id, DisplayName, OrganisationId, IsOrganisationAdmin, TimeZone, UserName, NormalizedUserName, Email, NormalizedEmail,
                    EmailConfirmed, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount)
                VALUES ({id}, {name}, {organisation}, {admin}, 'Europe/London', {email}, {email.ToUpperInvariant()}, {email}, {email.ToUpperInvariant()}, 1, 0, 0, 1, 0)
                """, cancel);
        }

        await migrator.MigrateAsync(cancellationToken: cancel);

        var admins = await db.Users.AsNoTracking().Where(u => u.IsOrganisationAdmin).Select(u => u.DisplayName).OrderBy(n => n).ToListAsync(cancel);
        admins.ShouldBe(["Amelia Hart", "Maria Okafor"], "the firm's first member becomes its admin; the RPO already had one");
        var history = await db.OrganisationHistory.AsNoTracking().ToListAsync(cancel);
        history.ShouldHaveSingleItem().PersonName.ShouldBe("Maria Okafor");
        history[0].Change.ShouldBe(PeopleChange.BecameAdmin);
        history[0].OrganisationId.ShouldBe(firm);
        (await db.Users.AsNoTracking().SingleAsync(u => u.Id == applicant, cancel)).JoinedAtUtc.ShouldBe(new DateTime(2026, 10, 1, 9, 0, 0));
        SqliteConnection.ClearAllPools();
    }
}
