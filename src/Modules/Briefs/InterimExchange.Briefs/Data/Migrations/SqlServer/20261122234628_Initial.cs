using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Briefs.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "briefs");

            migrationBuilder.CreateTable(
                name: "BriefingInvitations",
                schema: "briefs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BriefId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContactId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TokenId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ExecutiveUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RevokedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefingInvitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Briefs",
                schema: "briefs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    StatusBeforeHold = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    HoldReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    HoldReviewDate = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Briefing = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Commercial = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OpenClarification = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CriteriaConfirmedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Details_ClientCompanyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Details_Confidential = table.Column<bool>(type: "bit", nullable: false),
                    Details_DurationMonths = table.Column<int>(type: "int", nullable: false),
                    Details_ExpectedStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Details_Function = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Details_Location = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Details_Region = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Details_RemotePolicy = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Details_RoleTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Details_Sector = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Details_Seniority = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Briefs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ClientCompanies",
                schema: "briefs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Sector = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientCompanies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "briefs",
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
                schema: "briefs",
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
                name: "BriefHistory",
                schema: "briefs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BriefId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    What = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BriefHistory_Briefs_BriefId",
                        column: x => x.BriefId,
                        principalSchema: "briefs",
                        principalTable: "Briefs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClientContacts",
                schema: "briefs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientCompanyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    JobTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClientContacts_ClientCompanies_ClientCompanyId",
                        column: x => x.ClientCompanyId,
                        principalSchema: "briefs",
                        principalTable: "ClientCompanies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BriefHistory_BriefId_AtUtc",
                schema: "briefs",
                table: "BriefHistory",
                columns: new[] { "BriefId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_BriefingInvitations_BriefId",
                schema: "briefs",
                table: "BriefingInvitations",
                column: "BriefId");

            migrationBuilder.CreateIndex(
                name: "IX_BriefingInvitations_ExecutiveUserId",
                schema: "briefs",
                table: "BriefingInvitations",
                column: "ExecutiveUserId");

            migrationBuilder.CreateIndex(
                name: "IX_BriefingInvitations_TokenId",
                schema: "briefs",
                table: "BriefingInvitations",
                column: "TokenId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Briefs_RpoOrganisationId_CreatedAtUtc",
                schema: "briefs",
                table: "Briefs",
                columns: new[] { "RpoOrganisationId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Briefs_RpoOrganisationId_Status_CreatedAtUtc",
                schema: "briefs",
                table: "Briefs",
                columns: new[] { "RpoOrganisationId", "Status", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ClientCompanies_RpoOrganisationId_Name",
                schema: "briefs",
                table: "ClientCompanies",
                columns: new[] { "RpoOrganisationId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_ClientContacts_ClientCompanyId",
                schema: "briefs",
                table: "ClientContacts",
                column: "ClientCompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                schema: "briefs",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAtUtc_Id",
                schema: "briefs",
                table: "OutboxMessages",
                columns: new[] { "SentAtUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BriefHistory",
                schema: "briefs");

            migrationBuilder.DropTable(
                name: "BriefingInvitations",
                schema: "briefs");

            migrationBuilder.DropTable(
                name: "ClientContacts",
                schema: "briefs");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "briefs");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "briefs");

            migrationBuilder.DropTable(
                name: "Briefs",
                schema: "briefs");

            migrationBuilder.DropTable(
                name: "ClientCompanies",
                schema: "briefs");
        }
    }
}
