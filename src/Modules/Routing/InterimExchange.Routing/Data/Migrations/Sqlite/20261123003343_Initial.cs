using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Routing.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DirectoryFirms",
                columns: table => new
                {
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Specialisms = table.Column<string>(type: "TEXT", nullable: false),
                    Regions = table.Column<string>(type: "TEXT", nullable: false),
                    Seniorities = table.Column<string>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InsuranceExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Suspended = table.Column<bool>(type: "INTEGER", nullable: false),
                    Expired = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProfileAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StatusAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenBriefs = table.Column<int>(type: "INTEGER", nullable: false),
                    BriefsRouted = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredWithinTwoDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryFirms", x => x.FirmId);
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
                name: "RoutableBriefs",
                columns: table => new
                {
                    BriefId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Function = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Seniority = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConfirmedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutableBriefs", x => x.BriefId);
                });

            migrationBuilder.CreateTable(
                name: "RoutedFirms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BriefId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Wave = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RespondBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProposalsDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RoutedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ResponseNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RespondedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutedFirms", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryFirms_Suspended_Expired_ValidUntil",
                table: "DirectoryFirms",
                columns: new[] { "Suspended", "Expired", "ValidUntil" });

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
                name: "IX_RoutableBriefs_RpoOrganisationId",
                table: "RoutableBriefs",
                column: "RpoOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_RoutedFirms_BriefId_FirmId",
                table: "RoutedFirms",
                columns: new[] { "BriefId", "FirmId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DirectoryFirms");

            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "RoutableBriefs");

            migrationBuilder.DropTable(
                name: "RoutedFirms");
        }
    }
}
