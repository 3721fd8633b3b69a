using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Briefs.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BriefingInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BriefId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TokenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExecutiveUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefingInvitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Briefs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    StatusBeforeHold = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    HoldReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    HoldReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Briefing = table.Column<string>(type: "TEXT", nullable: false),
                    Commercial = table.Column<string>(type: "TEXT", nullable: false),
                    OpenClarification = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CriteriaConfirmedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Details_ClientCompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Details_Confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    Details_DurationMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    Details_ExpectedStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Details_Function = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Details_Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Details_Region = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Details_RemotePolicy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Details_RoleTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Details_Sector = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Details_Seniority = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Briefs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ClientCompanies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientCompanies", x => x.Id);
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
                name: "BriefHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BriefId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BriefHistory_Briefs_BriefId",
                        column: x => x.BriefId,
                        principalTable: "Briefs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClientContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientCompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    JobTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClientContacts_ClientCompanies_ClientCompanyId",
                        column: x => x.ClientCompanyId,
                        principalTable: "ClientCompanies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BriefHistory_BriefId_AtUtc",
                table: "BriefHistory",
                columns: new[] { "BriefId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_BriefingInvitations_BriefId",
                table: "BriefingInvitations",
                column: "BriefId");

            migrationBuilder.CreateIndex(
                name: "IX_BriefingInvitations_ExecutiveUserId",
                table: "BriefingInvitations",
                column: "ExecutiveUserId");

            migrationBuilder.CreateIndex(
                name: "IX_BriefingInvitations_TokenId",
                table: "BriefingInvitations",
                column: "TokenId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Briefs_RpoOrganisationId_CreatedAtUtc",
                table: "Briefs",
                columns: new[] { "RpoOrganisationId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Briefs_RpoOrganisationId_Status_CreatedAtUtc",
                table: "Briefs",
                columns: new[] { "RpoOrganisationId", "Status", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ClientCompanies_RpoOrganisationId_Name",
                table: "ClientCompanies",
                columns: new[] { "RpoOrganisationId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_ClientContacts_ClientCompanyId",
                table: "ClientContacts",
                column: "ClientCompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAtUtc_Id",
                table: "OutboxMessages",
                columns: new[] { "SentAtUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BriefHistory");

            migrationBuilder.DropTable(
                name: "BriefingInvitations");

            migrationBuilder.DropTable(
                name: "ClientContacts");

            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "Briefs");

            migrationBuilder.DropTable(
                name: "ClientCompanies");
        }
    }
}
