using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.FirmNetwork.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ExpiryNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExpiryNotices",
                schema: "firmnetwork",
                columns: table => new
                {
                    FirmId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpiryNotices", x => new { x.FirmId, x.Kind, x.Day });
                });

            // The reminders already sent, kept as the flags on the firm until now, are not sent again.
            migrationBuilder.Sql("""INSERT INTO [firmnetwork].[ExpiryNotices] ([FirmId], [Kind], [Day], [SentAtUtc]) SELECT [Id], 'VettingExpiring', [VettingReminderSentFor], SYSUTCDATETIME() FROM [firmnetwork].[Firms] WHERE [VettingReminderSentFor] IS NOT NULL;""");
            migrationBuilder.Sql("""INSERT INTO [firmnetwork].[ExpiryNotices] ([FirmId], [Kind], [Day], [SentAtUtc]) SELECT [Id], 'InsuranceExpiring', [InsuranceReminderSentFor], SYSUTCDATETIME() FROM [firmnetwork].[Firms] WHERE [InsuranceReminderSentFor] IS NOT NULL;""");

            migrationBuilder.DropColumn(
                name: "InsuranceReminderSentFor",
                schema: "firmnetwork",
                table: "Firms");

            migrationBuilder.DropColumn(
                name: "VettingReminderSentFor",
                schema: "firmnetwork",
                table: "Firms");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExpiryNotices",
                schema: "firmnetwork");

            migrationBuilder.AddColumn<DateOnly>(
                name: "InsuranceReminderSentFor",
                schema: "firmnetwork",
                table: "Firms",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VettingReminderSentFor",
                schema: "firmnetwork",
                table: "Firms",
                type: "date",
                nullable: true);
        }
    }
}
