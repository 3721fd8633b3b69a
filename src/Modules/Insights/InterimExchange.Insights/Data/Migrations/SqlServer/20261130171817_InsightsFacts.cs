using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Insights.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InsightsFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "insights");

            migrationBuilder.CreateTable(
                name: "BriefFacts",
                schema: "insights",
                columns: table => new
                {
                    BriefId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientCompanyId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Sector = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    CreatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FirstProposalOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EngagedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefFacts", x => x.BriefId);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "insights",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Consumer = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    HandledAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "insights",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LockedUntilUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LockedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PromiseFacts",
                schema: "insights",
                columns: table => new
                {
                    DecisionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BriefId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirmId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DecisionBy = table.Column<DateOnly>(type: "date", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Kept = table.Column<bool>(type: "bit", nullable: false),
                    NotProgressed = table.Column<bool>(type: "bit", nullable: false),
                    Personal = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromiseFacts", x => x.DecisionId);
                });

            migrationBuilder.CreateTable(
                name: "ReviewFacts",
                schema: "insights",
                columns: table => new
                {
                    EngagementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    BriefId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirmId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    HalfPoints = table.Column<int>(type: "int", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewFacts", x => new { x.EngagementId, x.Number });
                });

            migrationBuilder.CreateTable(
                name: "RoutingFacts",
                schema: "insights",
                columns: table => new
                {
                    BriefId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirmId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RoutedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RespondBy = table.Column<DateOnly>(type: "date", nullable: true),
                    RespondedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Interested = table.Column<bool>(type: "bit", nullable: false),
                    AnsweredByRespondBy = table.Column<bool>(type: "bit", nullable: false),
                    MinutesToAnswer = table.Column<int>(type: "int", nullable: true),
                    Proposed = table.Column<bool>(type: "bit", nullable: false),
                    Shortlisted = table.Column<bool>(type: "bit", nullable: false),
                    Selected = table.Column<bool>(type: "bit", nullable: false),
                    Engaged = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingFacts", x => new { x.BriefId, x.FirmId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_BriefFacts_CreatedOn",
                schema: "insights",
                table: "BriefFacts",
                column: "CreatedOn");

            migrationBuilder.CreateIndex(
                name: "IX_BriefFacts_EngagedOn",
                schema: "insights",
                table: "BriefFacts",
                column: "EngagedOn");

            migrationBuilder.CreateIndex(
                name: "IX_BriefFacts_RpoOrganisationId_CreatedOn",
                schema: "insights",
                table: "BriefFacts",
                columns: new[] { "RpoOrganisationId", "CreatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BriefFacts_RpoOrganisationId_EngagedOn",
                schema: "insights",
                table: "BriefFacts",
                columns: new[] { "RpoOrganisationId", "EngagedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                schema: "insights",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAtUtc_Id",
                schema: "insights",
                table: "OutboxMessages",
                columns: new[] { "SentAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PromiseFacts_GivenOn_Kept",
                schema: "insights",
                table: "PromiseFacts",
                columns: new[] { "GivenOn", "Kept" });

            migrationBuilder.CreateIndex(
                name: "IX_PromiseFacts_Kept_DecisionBy_GivenOn",
                schema: "insights",
                table: "PromiseFacts",
                columns: new[] { "Kept", "DecisionBy", "GivenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PromiseFacts_RpoOrganisationId_GivenOn_Kept",
                schema: "insights",
                table: "PromiseFacts",
                columns: new[] { "RpoOrganisationId", "GivenOn", "Kept" });

            migrationBuilder.CreateIndex(
                name: "IX_PromiseFacts_RpoOrganisationId_Kept_DecisionBy_GivenOn",
                schema: "insights",
                table: "PromiseFacts",
                columns: new[] { "RpoOrganisationId", "Kept", "DecisionBy", "GivenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewFacts_FirmId_EngagementId_HalfPoints",
                schema: "insights",
                table: "ReviewFacts",
                columns: new[] { "FirmId", "EngagementId", "HalfPoints" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewFacts_ReviewedOn_BriefId_HalfPoints_Channel",
                schema: "insights",
                table: "ReviewFacts",
                columns: new[] { "ReviewedOn", "BriefId", "HalfPoints", "Channel" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewFacts_RpoOrganisationId_ReviewedOn_BriefId_HalfPoints_Channel",
                schema: "insights",
                table: "ReviewFacts",
                columns: new[] { "RpoOrganisationId", "ReviewedOn", "BriefId", "HalfPoints", "Channel" });

            migrationBuilder.CreateIndex(
                name: "IX_RoutingFacts_FirmId_Channel_RoutedAtUtc_AnsweredByRespondBy_MinutesToAnswer_RespondedAtUtc_Interested_Proposed_Shortlisted_S~",
                schema: "insights",
                table: "RoutingFacts",
                columns: new[] { "FirmId", "Channel", "RoutedAtUtc", "AnsweredByRespondBy", "MinutesToAnswer", "RespondedAtUtc", "Interested", "Proposed", "Shortlisted", "Selected", "Engaged" });

            migrationBuilder.CreateIndex(
                name: "IX_RoutingFacts_RoutedAtUtc",
                schema: "insights",
                table: "RoutingFacts",
                column: "RoutedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_RoutingFacts_RpoOrganisationId_RoutedAtUtc",
                schema: "insights",
                table: "RoutingFacts",
                columns: new[] { "RpoOrganisationId", "RoutedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BriefFacts",
                schema: "insights");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "insights");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "insights");

            migrationBuilder.DropTable(
                name: "PromiseFacts",
                schema: "insights");

            migrationBuilder.DropTable(
                name: "ReviewFacts",
                schema: "insights");

            migrationBuilder.DropTable(
                name: "RoutingFacts",
                schema: "insights");
        }
    }
}
