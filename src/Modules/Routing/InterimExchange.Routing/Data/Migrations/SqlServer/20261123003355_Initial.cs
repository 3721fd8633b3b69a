using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Routing.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "routing");

            migrationBuilder.CreateTable(
                name: "DirectoryFirms",
                schema: "routing",
                columns: table => new
                {
                    FirmId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Specialisms = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Regions = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Seniorities = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Capacity = table.Column<int>(type: "int", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    InsuranceExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Suspended = table.Column<bool>(type: "bit", nullable: false),
                    Expired = table.Column<bool>(type: "bit", nullable: false),
                    ProfileAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    StatusAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OpenBriefs = table.Column<int>(type: "int", nullable: false),
                    BriefsRouted = table.Column<int>(type: "int", nullable: false),
                    AnsweredWithinTwoDays = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryFirms", x => x.FirmId);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "routing",
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
                schema: "routing",
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
                name: "RoutableBriefs",
                schema: "routing",
                columns: table => new
                {
                    BriefId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoleTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Sector = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Function = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Seniority = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Region = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Confidential = table.Column<bool>(type: "bit", nullable: false),
                    ConfirmedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutableBriefs", x => x.BriefId);
                });

            migrationBuilder.CreateTable(
                name: "RoutedFirms",
                schema: "routing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BriefId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirmId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirmName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Wave = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    RespondBy = table.Column<DateOnly>(type: "date", nullable: false),
                    ProposalsDue = table.Column<DateOnly>(type: "date", nullable: false),
                    RoutedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Response = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    DeclineReason = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ResponseNote = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    RespondedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutedFirms", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryFirms_Suspended_Expired_ValidUntil",
                schema: "routing",
                table: "DirectoryFirms",
                columns: new[] { "Suspended", "Expired", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                schema: "routing",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAtUtc_Id",
                schema: "routing",
                table: "OutboxMessages",
                columns: new[] { "SentAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RoutableBriefs_RpoOrganisationId",
                schema: "routing",
                table: "RoutableBriefs",
                column: "RpoOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_RoutedFirms_BriefId_FirmId",
                schema: "routing",
                table: "RoutedFirms",
                columns: new[] { "BriefId", "FirmId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DirectoryFirms",
                schema: "routing");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "routing");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "routing");

            migrationBuilder.DropTable(
                name: "RoutableBriefs",
                schema: "routing");

            migrationBuilder.DropTable(
                name: "RoutedFirms",
                schema: "routing");
        }
    }
}
