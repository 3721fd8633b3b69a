using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Insights.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InsightsFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BriefFacts",
                columns: table => new
                {
                    BriefId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientCompanyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstProposalOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EngagedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefFacts", x => x.BriefId);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HandledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LockedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LockedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PromiseFacts",
                columns: table => new
                {
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BriefId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Kept = table.Column<bool>(type: "INTEGER", nullable: false),
                    NotProgressed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Personal = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromiseFacts", x => x.DecisionId);
                });

            migrationBuilder.CreateTable(
                name: "ReviewFacts",
                columns: table => new
                {
                    EngagementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    BriefId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HalfPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewFacts", x => new { x.EngagementId, x.Number });
                });

            migrationBuilder.CreateTable(
                name: "RoutingFacts",
                columns: table => new
                {
                    BriefId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RoutedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RespondBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RespondedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Interested = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnsweredByRespondBy = table.Column<bool>(type: "INTEGER", nullable: false),
                    MinutesToAnswer = table.Column<int>(type: "INTEGER", nullable: true),
                    Proposed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Shortlisted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Selected = table.Column<bool>(type: "INTEGER", nullable: false),
                    Engaged = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingFacts", x => new { x.BriefId, x.FirmId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_BriefFacts_CreatedOn",
                table: "BriefFacts",
                column: "CreatedOn");

            migrationBuilder.CreateIndex(
                name: "IX_BriefFacts_EngagedOn",
                table: "BriefFacts",
                column: "EngagedOn");

            migrationBuilder.CreateIndex(
                name: "IX_BriefFacts_RpoOrganisationId_CreatedOn",
                table: "BriefFacts",
                columns: new[] { "RpoOrganisationId", "CreatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BriefFacts_RpoOrganisationId_EngagedOn",
                table: "BriefFacts",
                columns: new[] { "RpoOrganisationId", "EngagedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAtUtc_Id",
                table: "OutboxMessages",
                columns: new[] { "SentAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PromiseFacts_GivenOn_Kept",
                table: "PromiseFacts",
                columns: new[] { "GivenOn", "Kept" });

            migrationBuilder.CreateIndex(
                name: "IX_PromiseFacts_Kept_DecisionBy_GivenOn",
                table: "PromiseFacts",
                columns: new[] { "Kept", "DecisionBy", "GivenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PromiseFacts_RpoOrganisationId_GivenOn_Kept",
                table: "PromiseFacts",
                columns: new[] { "RpoOrganisationId", "GivenOn", "Kept" });

            migrationBuilder.CreateIndex(
                name: "IX_PromiseFacts_RpoOrganisationId_Kept_DecisionBy_GivenOn",
                table: "PromiseFacts",
                columns: new[] { "RpoOrganisationId", "Kept", "DecisionBy", "GivenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewFacts_FirmId_EngagementId_HalfPoints",
                table: "ReviewFacts",
                columns: new[] { "FirmId", "EngagementId", "HalfPoints" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewFacts_ReviewedOn_BriefId_HalfPoints_Channel",
                table: "ReviewFacts",
                columns: new[] { "ReviewedOn", "BriefId", "HalfPoints", "Channel" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewFacts_RpoOrganisationId_ReviewedOn_BriefId_HalfPoints_Channel",
                table: "ReviewFacts",
                columns: new[] { "RpoOrganisationId", "ReviewedOn", "BriefId", "HalfPoints", "Channel" });

            migrationBuilder.CreateIndex(
                name: "IX_RoutingFacts_FirmId_Channel_RoutedAtUtc_AnsweredByRespondBy_MinutesToAnswer_RespondedAtUtc_Interested_Proposed_Shortlisted_Selected_Engaged",
                table: "RoutingFacts",
                columns: new[] { "FirmId", "Channel", "RoutedAtUtc", "AnsweredByRespondBy", "MinutesToAnswer", "RespondedAtUtc", "Interested", "Proposed", "Shortlisted", "Selected", "Engaged" });

            migrationBuilder.CreateIndex(
                name: "IX_RoutingFacts_RoutedAtUtc",
                table: "RoutingFacts",
                column: "RoutedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_RoutingFacts_RpoOrganisationId_RoutedAtUtc",
                table: "RoutingFacts",
                columns: new[] { "RpoOrganisationId", "RoutedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BriefFacts");

            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "PromiseFacts");

            migrationBuilder.DropTable(
                name: "ReviewFacts");

            migrationBuilder.DropTable(
                name: "RoutingFacts");
        }
    }
}
