using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Relationships.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Relationships : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "relationships");

            migrationBuilder.CreateTable(
                name: "BriefClients",
                schema: "relationships",
                columns: table => new
                {
                    BriefId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoleTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefClients", x => x.BriefId);
                });

            migrationBuilder.CreateTable(
                name: "Conversations",
                schema: "relationships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RelationshipId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CounterpartId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BriefId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RoleTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Purpose = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Agenda = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Format = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Where = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Minutes = table.Column<int>(type: "int", nullable: false),
                    Requester = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Responder = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Guest = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RequesterUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResponderUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GuestUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ThroughCoordinator = table.Column<bool>(type: "bit", nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Times = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AwaitingUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AwaitingOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RespondBy = table.Column<DateOnly>(type: "date", nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    ClosingReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Records = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "relationships",
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
                schema: "relationships",
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
                name: "Relationships",
                schema: "relationships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RpoName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CounterpartId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CounterpartName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CadenceWeeks = table.Column<int>(type: "int", nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastContactAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Highlight = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    NextStep = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    NextStepOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Relationships", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reminders",
                schema: "relationships",
                columns: table => new
                {
                    SubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reminders", x => new { x.SubjectId, x.Kind, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "RoutedBriefs",
                schema: "relationships",
                columns: table => new
                {
                    BriefId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirmId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RelationshipId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoleTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CoordinatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutedBriefs", x => new { x.BriefId, x.FirmId });
                });

            migrationBuilder.CreateTable(
                name: "Timeline",
                schema: "relationships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RelationshipId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    PrivateTo = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    BriefId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConversationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Timeline", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_AwaitingOrganisationId_State_RespondBy",
                schema: "relationships",
                table: "Conversations",
                columns: new[] { "AwaitingOrganisationId", "State", "RespondBy" });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_BriefId",
                schema: "relationships",
                table: "Conversations",
                column: "BriefId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_GuestUserId",
                schema: "relationships",
                table: "Conversations",
                column: "GuestUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_RelationshipId_RequestedAtUtc",
                schema: "relationships",
                table: "Conversations",
                columns: new[] { "RelationshipId", "RequestedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_State_StartsAtUtc",
                schema: "relationships",
                table: "Conversations",
                columns: new[] { "State", "StartsAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                schema: "relationships",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAtUtc_Id",
                schema: "relationships",
                table: "OutboxMessages",
                columns: new[] { "SentAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_CounterpartId",
                schema: "relationships",
                table: "Relationships",
                column: "CounterpartId");

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_DueOn",
                schema: "relationships",
                table: "Relationships",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_RpoOrganisationId_CounterpartId",
                schema: "relationships",
                table: "Relationships",
                columns: new[] { "RpoOrganisationId", "CounterpartId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_RpoOrganisationId_DueOn",
                schema: "relationships",
                table: "Relationships",
                columns: new[] { "RpoOrganisationId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RoutedBriefs_RelationshipId",
                schema: "relationships",
                table: "RoutedBriefs",
                column: "RelationshipId");

            migrationBuilder.CreateIndex(
                name: "IX_Timeline_RelationshipId_AtUtc",
                schema: "relationships",
                table: "Timeline",
                columns: new[] { "RelationshipId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BriefClients",
                schema: "relationships");

            migrationBuilder.DropTable(
                name: "Conversations",
                schema: "relationships");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "relationships");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "relationships");

            migrationBuilder.DropTable(
                name: "Relationships",
                schema: "relationships");

            migrationBuilder.DropTable(
                name: "Reminders",
                schema: "relationships");

            migrationBuilder.DropTable(
                name: "RoutedBriefs",
                schema: "relationships");

            migrationBuilder.DropTable(
                name: "Timeline",
                schema: "relationships");
        }
    }
}
