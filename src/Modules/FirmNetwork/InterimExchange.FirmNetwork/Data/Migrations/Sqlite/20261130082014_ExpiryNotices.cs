using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.FirmNetwork.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExpiryNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExpiryNotices",
                columns: table => new
                {
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpiryNotices", x => new { x.FirmId, x.Kind, x.Day });
                });

            // The reminders already sent, kept as the flags on the firm until now, are not sent again.
            migrationBuilder.Sql("""INSERT INTO "ExpiryNotices" ("FirmId", "Kind", "Day", "SentAtUtc") SELECT "Id", 'VettingExpiring', "VettingReminderSentFor", datetime('now') FROM "Firms" WHERE "VettingReminderSentFor" IS NOT NULL;""");
            migrationBuilder.Sql("""INSERT INTO "ExpiryNotices" ("FirmId", "Kind", "Day", "SentAtUtc") SELECT "Id", 'InsuranceExpiring', "InsuranceReminderSentFor", datetime('now') FROM "Firms" WHERE "InsuranceReminderSentFor" IS NOT NULL;""");

            // SQLite drops a column by rebuilding the table, which cannot run inside the migration's transaction: the two old
            // flag columns stay, unused and nullable, rather than risk a half-applied migration.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExpiryNotices");
        }
    }
}
