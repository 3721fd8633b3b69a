using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Routing.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClientExclusionsSourcingTeamAndSpecialismRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "RoutedFirms",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "SpecialistFirm");

            migrationBuilder.AddColumn<Guid>(
                name: "ClientCompanyId",
                table: "RoutableBriefs",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "ClientExclusions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientCompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ExcludedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExcludedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientExclusions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryFirmSpecialisms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Function = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryFirmSpecialisms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryFirmSpecialisms_DirectoryFirms_FirmId",
                        column: x => x.FirmId,
                        principalTable: "DirectoryFirms",
                        principalColumn: "FirmId",
                        onDelete: ReferentialAction.Cascade);
                });

            // The specialisms held as JSON become rows before the column goes.
            migrationBuilder.Sql(@"INSERT INTO DirectoryFirmSpecialisms (FirmId, Sector, Function)
SELECT f.FirmId, json_extract(s.value, '$.Sector'), json_extract(s.value, '$.Function')
FROM DirectoryFirms f, json_each(f.Specialisms) s;");

            // SQLite drops the column in place; EF's DropColumn would rebuild the table outside the transaction.
            migrationBuilder.Sql("ALTER TABLE DirectoryFirms DROP COLUMN Specialisms;");

            migrationBuilder.CreateIndex(
                name: "IX_ClientExclusions_RpoOrganisationId_ClientCompanyId_FirmId",
                table: "ClientExclusions",
                columns: new[] { "RpoOrganisationId", "ClientCompanyId", "FirmId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryFirmSpecialisms_FirmId",
                table: "DirectoryFirmSpecialisms",
                column: "FirmId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryFirmSpecialisms_Function",
                table: "DirectoryFirmSpecialisms",
                column: "Function");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryFirmSpecialisms_Sector",
                table: "DirectoryFirmSpecialisms",
                column: "Sector");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClientExclusions");

            migrationBuilder.DropTable(
                name: "DirectoryFirmSpecialisms");

            migrationBuilder.DropColumn(
                name: "Channel",
                table: "RoutedFirms");

            migrationBuilder.DropColumn(
                name: "ClientCompanyId",
                table: "RoutableBriefs");

            migrationBuilder.AddColumn<string>(
                name: "Specialisms",
                table: "DirectoryFirms",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }
    }
}
