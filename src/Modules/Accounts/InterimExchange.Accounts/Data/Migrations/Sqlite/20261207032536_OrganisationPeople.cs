using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Accounts.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrganisationPeople : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "GrantsAdmin",
                table: "InvitationTokens",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "JoinedAtUtc",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "RemovedAtUtc",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OrganisationHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Change = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ToName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationHistory", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InvitationTokens_IssuedBy",
                table: "InvitationTokens",
                column: "IssuedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Integrations_RegisteredBy",
                table: "Integrations",
                column: "RegisteredBy");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationHistory_OrganisationId_AtUtc",
                table: "OrganisationHistory",
                columns: new[] { "OrganisationId", "AtUtc" });

            // Every organisation has an admin from now on: where none has one, its earliest member (the first row written) becomes it.
            migrationBuilder.Sql("""
                UPDATE "AspNetUsers" SET "JoinedAtUtc" = (SELECT o."CreatedAtUtc" FROM "Organisations" o WHERE o."Id" = "AspNetUsers"."OrganisationId");
                INSERT INTO "OrganisationHistory" ("Id", "OrganisationId", "AtUtc", "Change", "PersonId", "PersonName", "ByName", "ToName")
                SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))),
                       u."OrganisationId", strftime('%Y-%m-%d %H:%M:%S', 'now'), 'BecameAdmin', u."Id", u."DisplayName", 'InterimExchange, as the earliest member', NULL
                FROM "AspNetUsers" u
                WHERE u.rowid IN (SELECT MIN(m.rowid) FROM "AspNetUsers" m GROUP BY m."OrganisationId" HAVING MAX(m."IsOrganisationAdmin") = 0);
                UPDATE "AspNetUsers" SET "IsOrganisationAdmin" = 1 WHERE "Id" IN (SELECT "PersonId" FROM "OrganisationHistory" WHERE "Change" = 'BecameAdmin');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrganisationHistory");

            migrationBuilder.DropIndex(
                name: "IX_InvitationTokens_IssuedBy",
                table: "InvitationTokens");

            migrationBuilder.DropIndex(
                name: "IX_Integrations_RegisteredBy",
                table: "Integrations");

            migrationBuilder.DropColumn(
                name: "GrantsAdmin",
                table: "InvitationTokens");

            migrationBuilder.DropColumn(
                name: "JoinedAtUtc",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "RemovedAtUtc",
                table: "AspNetUsers");
        }
    }
}
