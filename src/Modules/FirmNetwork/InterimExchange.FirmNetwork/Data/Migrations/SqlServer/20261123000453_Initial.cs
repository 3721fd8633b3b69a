using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.FirmNetwork.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "firmnetwork");

            migrationBuilder.CreateTable(
                name: "Firms",
                schema: "firmnetwork",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Profile = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Capacity = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    AppliedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReviewStartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DecisionPromisedBy = table.Column<DateOnly>(type: "date", nullable: false),
                    Revetting = table.Column<bool>(type: "bit", nullable: false),
                    VettedUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    RejectionReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    SuspensionReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    InformationRequest = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Checklist = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SpecialismsChangedSinceVetting = table.Column<bool>(type: "bit", nullable: false),
                    VettingReminderSentFor = table.Column<DateOnly>(type: "date", nullable: true),
                    InsuranceReminderSentFor = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Firms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "firmnetwork",
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
                schema: "firmnetwork",
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
                name: "FirmHistory",
                schema: "firmnetwork",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirmId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    What = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FirmHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FirmHistory_Firms_FirmId",
                        column: x => x.FirmId,
                        principalSchema: "firmnetwork",
                        principalTable: "Firms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FirmHistory_FirmId_AtUtc",
                schema: "firmnetwork",
                table: "FirmHistory",
                columns: new[] { "FirmId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Firms_Status_ReviewStartedAtUtc",
                schema: "firmnetwork",
                table: "Firms",
                columns: new[] { "Status", "ReviewStartedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                schema: "firmnetwork",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAtUtc_Id",
                schema: "firmnetwork",
                table: "OutboxMessages",
                columns: new[] { "SentAtUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FirmHistory",
                schema: "firmnetwork");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "firmnetwork");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "firmnetwork");

            migrationBuilder.DropTable(
                name: "Firms",
                schema: "firmnetwork");
        }
    }
}
