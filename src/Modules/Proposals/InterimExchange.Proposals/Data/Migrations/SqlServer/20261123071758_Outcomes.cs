using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Proposals.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Outcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DecisionPolicies",
                schema: "proposals",
                columns: table => new
                {
                    RpoOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DaysAfterProposalsDue = table.Column<int>(type: "int", nullable: false),
                    DaysAfterShortlisting = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionPolicies", x => x.RpoOrganisationId);
                });

            migrationBuilder.CreateTable(
                name: "DecisionReminders",
                schema: "proposals",
                columns: table => new
                {
                    DecisionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionReminders", x => new { x.DecisionId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "Decisions",
                schema: "proposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BriefId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoleTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    FirmId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirmName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ProposalId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CandidateId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CandidateAlias = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OwnerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DecisionBy = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Message = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Automated = table.Column<bool>(type: "bit", nullable: false),
                    ReviewDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Reopened = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Decisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Timeline",
                schema: "proposals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BriefId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirmId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 4500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Timeline", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_BriefId_FirmId",
                schema: "proposals",
                table: "Decisions",
                columns: new[] { "BriefId", "FirmId" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_Outcome_DecisionBy",
                schema: "proposals",
                table: "Decisions",
                columns: new[] { "Outcome", "DecisionBy" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_RpoOrganisationId_Outcome_DecisionBy",
                schema: "proposals",
                table: "Decisions",
                columns: new[] { "RpoOrganisationId", "Outcome", "DecisionBy" });

            migrationBuilder.CreateIndex(
                name: "IX_Timeline_BriefId_FirmId",
                schema: "proposals",
                table: "Timeline",
                columns: new[] { "BriefId", "FirmId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DecisionPolicies",
                schema: "proposals");

            migrationBuilder.DropTable(
                name: "DecisionReminders",
                schema: "proposals");

            migrationBuilder.DropTable(
                name: "Decisions",
                schema: "proposals");

            migrationBuilder.DropTable(
                name: "Timeline",
                schema: "proposals");
        }
    }
}
