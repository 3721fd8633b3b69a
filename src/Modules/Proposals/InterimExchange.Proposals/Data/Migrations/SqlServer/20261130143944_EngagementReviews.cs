using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Proposals.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EngagementReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Criteria",
                schema: "proposals",
                table: "Engagements",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "EndNote",
                schema: "proposals",
                table: "Engagements",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                schema: "proposals",
                table: "Engagements",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                schema: "proposals",
                table: "Engagements",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextReviewOn",
                schema: "proposals",
                table: "Engagements",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OwnerId",
                schema: "proposals",
                table: "Engagements",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlannedEnd",
                schema: "proposals",
                table: "Engagements",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "RoleTitle",
                schema: "proposals",
                table: "Engagements",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "EngagementReminders",
                schema: "proposals",
                columns: table => new
                {
                    EngagementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementReminders", x => new { x.EngagementId, x.Day });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Engagements_NextReviewOn",
                schema: "proposals",
                table: "Engagements",
                column: "NextReviewOn");

            migrationBuilder.CreateIndex(
                name: "IX_Engagements_RpoOrganisationId_NextReviewOn",
                schema: "proposals",
                table: "Engagements",
                columns: new[] { "RpoOrganisationId", "NextReviewOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EngagementReminders",
                schema: "proposals");

            migrationBuilder.DropIndex(
                name: "IX_Engagements_NextReviewOn",
                schema: "proposals",
                table: "Engagements");

            migrationBuilder.DropIndex(
                name: "IX_Engagements_RpoOrganisationId_NextReviewOn",
                schema: "proposals",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "Criteria",
                schema: "proposals",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "EndNote",
                schema: "proposals",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "EndReason",
                schema: "proposals",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                schema: "proposals",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "NextReviewOn",
                schema: "proposals",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "OwnerId",
                schema: "proposals",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "PlannedEnd",
                schema: "proposals",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "RoleTitle",
                schema: "proposals",
                table: "Engagements");
        }
    }
}
