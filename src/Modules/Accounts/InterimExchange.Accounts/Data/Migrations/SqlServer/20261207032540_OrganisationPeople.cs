using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Accounts.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OrganisationPeople : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "GrantsAdmin",
                schema: "accounts",
                table: "InvitationTokens",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "JoinedAtUtc",
                schema: "accounts",
                table: "AspNetUsers",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "RemovedAtUtc",
                schema: "accounts",
                table: "AspNetUsers",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OrganisationHistory",
                schema: "accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Change = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ToName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationHistory", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InvitationTokens_IssuedBy",
                schema: "accounts",
                table: "InvitationTokens",
                column: "IssuedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Integrations_RegisteredBy",
                schema: "accounts",
                table: "Integrations",
                column: "RegisteredBy");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationHistory_OrganisationId_AtUtc",
                schema: "accounts",
                table: "OrganisationHistory",
                columns: new[] { "OrganisationId", "AtUtc" });

            // Every organisation has an admin from now on: where none has one, its earliest member becomes it.
            migrationBuilder.Sql("""
                UPDATE u SET JoinedAtUtc = o.CreatedAtUtc FROM accounts.AspNetUsers u JOIN accounts.Organisations o ON o.Id = u.OrganisationId;
                """);
            migrationBuilder.Sql("""
                INSERT INTO accounts.OrganisationHistory (Id, OrganisationId, AtUtc, Change, PersonId, PersonName, ByName, ToName)
                SELECT NEWID(), f.OrganisationId, SYSUTCDATETIME(), 'BecameAdmin', f.Id, f.DisplayName, N'InterimExchange, as the earliest member', NULL
                FROM (SELECT u.Id, u.OrganisationId, u.DisplayName, ROW_NUMBER() OVER (PARTITION BY u.OrganisationId ORDER BY u.Id) AS n
                      FROM accounts.AspNetUsers u
                      WHERE NOT EXISTS (SELECT 1 FROM accounts.AspNetUsers a WHERE a.OrganisationId = u.OrganisationId AND a.IsOrganisationAdmin = 1)) f
                WHERE f.n = 1;
                """);
            migrationBuilder.Sql("""
                UPDATE accounts.AspNetUsers SET IsOrganisationAdmin = 1
                WHERE Id IN (SELECT PersonId FROM accounts.OrganisationHistory WHERE Change = 'BecameAdmin');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrganisationHistory",
                schema: "accounts");

            migrationBuilder.DropIndex(
                name: "IX_InvitationTokens_IssuedBy",
                schema: "accounts",
                table: "InvitationTokens");

            migrationBuilder.DropIndex(
                name: "IX_Integrations_RegisteredBy",
                schema: "accounts",
                table: "Integrations");

            migrationBuilder.DropColumn(
                name: "GrantsAdmin",
                schema: "accounts",
                table: "InvitationTokens");

            migrationBuilder.DropColumn(
                name: "JoinedAtUtc",
                schema: "accounts",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "RemovedAtUtc",
                schema: "accounts",
                table: "AspNetUsers");
        }
    }
}
