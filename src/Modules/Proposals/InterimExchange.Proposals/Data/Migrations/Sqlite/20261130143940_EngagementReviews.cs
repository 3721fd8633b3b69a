using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Proposals.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EngagementReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Criteria",
                table: "Engagements",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "EndNote",
                table: "Engagements",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                table: "Engagements",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "Engagements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextReviewOn",
                table: "Engagements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OwnerId",
                table: "Engagements",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlannedEnd",
                table: "Engagements",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "RoleTitle",
                table: "Engagements",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "EngagementReminders",
                columns: table => new
                {
                    EngagementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementReminders", x => new { x.EngagementId, x.Day });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Engagements_NextReviewOn",
                table: "Engagements",
                column: "NextReviewOn");

            migrationBuilder.CreateIndex(
                name: "IX_Engagements_RpoOrganisationId_NextReviewOn",
                table: "Engagements",
                columns: new[] { "RpoOrganisationId", "NextReviewOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EngagementReminders");

            migrationBuilder.DropIndex(
                name: "IX_Engagements_NextReviewOn",
                table: "Engagements");

            migrationBuilder.DropIndex(
                name: "IX_Engagements_RpoOrganisationId_NextReviewOn",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "Criteria",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "EndNote",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "EndReason",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "NextReviewOn",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "OwnerId",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "PlannedEnd",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "RoleTitle",
                table: "Engagements");
        }
    }
}
