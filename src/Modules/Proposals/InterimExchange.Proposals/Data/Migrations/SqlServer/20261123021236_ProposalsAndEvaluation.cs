using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Proposals.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ProposalsAndEvaluation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Engagements",
                schema: "proposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BriefId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProposalId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirmId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirmName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CandidateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CandidateAlias = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SuccessCriteria = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    StartedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Engagements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Evaluations",
                schema: "proposals",
                columns: table => new
                {
                    BriefId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ScoringCompletedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UnsealedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UnsealReason = table.Column<string>(type: "nvarchar(1200)", maxLength: 1200, nullable: true),
                    UnsealedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Shortlist = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    EngagementId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evaluations", x => x.BriefId);
                });

            migrationBuilder.CreateTable(
                name: "Proposals",
                schema: "proposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BriefId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirmId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirmName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Versions = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Proposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scores",
                schema: "proposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BriefId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProposalId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Criterion = table.Column<int>(type: "int", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Value = table.Column<int>(type: "int", nullable: false),
                    Evidence = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ScoredBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ScoredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scores", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Engagements_BriefId",
                schema: "proposals",
                table: "Engagements",
                column: "BriefId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_BriefId_FirmId",
                schema: "proposals",
                table: "Proposals",
                columns: new[] { "BriefId", "FirmId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Scores_BriefId",
                schema: "proposals",
                table: "Scores",
                column: "BriefId");

            migrationBuilder.CreateIndex(
                name: "IX_Scores_ProposalId_CandidateId_Criterion_Role",
                schema: "proposals",
                table: "Scores",
                columns: new[] { "ProposalId", "CandidateId", "Criterion", "Role" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Engagements",
                schema: "proposals");

            migrationBuilder.DropTable(
                name: "Evaluations",
                schema: "proposals");

            migrationBuilder.DropTable(
                name: "Proposals",
                schema: "proposals");

            migrationBuilder.DropTable(
                name: "Scores",
                schema: "proposals");
        }
    }
}
