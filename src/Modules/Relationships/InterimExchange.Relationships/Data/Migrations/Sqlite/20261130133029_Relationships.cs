using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Relationships.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Relationships : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BriefClients",
                columns: table => new
                {
                    BriefId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefClients", x => x.BriefId);
                });

            migrationBuilder.CreateTable(
                name: "Conversations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RelationshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CounterpartId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BriefId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RoleTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Format = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Where = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Requester = table.Column<string>(type: "TEXT", nullable: false),
                    Responder = table.Column<string>(type: "TEXT", nullable: false),
                    Guest = table.Column<string>(type: "TEXT", nullable: true),
                    RequesterUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponderUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GuestUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ThroughCoordinator = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Times = table.Column<string>(type: "TEXT", nullable: false),
                    AwaitingUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AwaitingOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RespondBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosingReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Records = table.Column<string>(type: "TEXT", nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conversations", x => x.Id);
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
                name: "Relationships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RpoName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CounterpartId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CounterpartName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CadenceWeeks = table.Column<int>(type: "INTEGER", nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastContactAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Highlight = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NextStep = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NextStepOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Relationships", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reminders",
                columns: table => new
                {
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reminders", x => new { x.SubjectId, x.Kind, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "RoutedBriefs",
                columns: table => new
                {
                    BriefId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RelationshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CoordinatorId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutedBriefs", x => new { x.BriefId, x.FirmId });
                });

            migrationBuilder.CreateTable(
                name: "Timeline",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RelationshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PrivateTo = table.Column<Guid>(type: "TEXT", nullable: true),
                    BriefId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Timeline", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_AwaitingOrganisationId_State_RespondBy",
                table: "Conversations",
                columns: new[] { "AwaitingOrganisationId", "State", "RespondBy" });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_BriefId",
                table: "Conversations",
                column: "BriefId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_GuestUserId",
                table: "Conversations",
                column: "GuestUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_RelationshipId_RequestedAtUtc",
                table: "Conversations",
                columns: new[] { "RelationshipId", "RequestedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_State_StartsAtUtc",
                table: "Conversations",
                columns: new[] { "State", "StartsAtUtc" });

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
                name: "IX_Relationships_CounterpartId",
                table: "Relationships",
                column: "CounterpartId");

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_DueOn",
                table: "Relationships",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_RpoOrganisationId_CounterpartId",
                table: "Relationships",
                columns: new[] { "RpoOrganisationId", "CounterpartId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_RpoOrganisationId_DueOn",
                table: "Relationships",
                columns: new[] { "RpoOrganisationId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RoutedBriefs_RelationshipId",
                table: "RoutedBriefs",
                column: "RelationshipId");

            migrationBuilder.CreateIndex(
                name: "IX_Timeline_RelationshipId_AtUtc",
                table: "Timeline",
                columns: new[] { "RelationshipId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BriefClients");

            migrationBuilder.DropTable(
                name: "Conversations");

            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "Relationships");

            migrationBuilder.DropTable(
                name: "Reminders");

            migrationBuilder.DropTable(
                name: "RoutedBriefs");

            migrationBuilder.DropTable(
                name: "Timeline");
        }
    }
}
