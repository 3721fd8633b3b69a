using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Routing.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ClientExclusionsSourcingTeamAndSpecialismRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Channel",
                schema: "routing",
                table: "RoutedFirms",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "SpecialistFirm");

            migrationBuilder.AddColumn<Guid>(
                name: "ClientCompanyId",
                schema: "routing",
                table: "RoutableBriefs",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "ClientExclusions",
                schema: "routing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RpoOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClientCompanyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirmId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirmName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ExcludedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ExcludedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientExclusions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryFirmSpecialisms",
                schema: "routing",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Sector = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Function = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    FirmId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryFirmSpecialisms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryFirmSpecialisms_DirectoryFirms_FirmId",
                        column: x => x.FirmId,
                        principalSchema: "routing",
                        principalTable: "DirectoryFirms",
                        principalColumn: "FirmId",
                        onDelete: ReferentialAction.Cascade);
                });

            // The specialisms held as JSON become rows before the column goes.
            migrationBuilder.Sql(@"INSERT INTO [routing].[DirectoryFirmSpecialisms] ([FirmId], [Sector], [Function])
SELECT f.[FirmId], JSON_VALUE(s.[value], '$.Sector'), JSON_VALUE(s.[value], '$.Function')
FROM [routing].[DirectoryFirms] f CROSS APPLY OPENJSON(f.[Specialisms]) s;");

            migrationBuilder.DropColumn(
                name: "Specialisms",
                schema: "routing",
                table: "DirectoryFirms");

            migrationBuilder.CreateIndex(
                name: "IX_ClientExclusions_RpoOrganisationId_ClientCompanyId_FirmId",
                schema: "routing",
                table: "ClientExclusions",
                columns: new[] { "RpoOrganisationId", "ClientCompanyId", "FirmId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryFirmSpecialisms_FirmId",
                schema: "routing",
                table: "DirectoryFirmSpecialisms",
                column: "FirmId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryFirmSpecialisms_Function",
                schema: "routing",
                table: "DirectoryFirmSpecialisms",
                column: "Function");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryFirmSpecialisms_Sector",
                schema: "routing",
                table: "DirectoryFirmSpecialisms",
                column: "Sector");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClientExclusions",
                schema: "routing");

            migrationBuilder.DropTable(
                name: "DirectoryFirmSpecialisms",
                schema: "routing");

            migrationBuilder.DropColumn(
                name: "Channel",
                schema: "routing",
                table: "RoutedFirms");

            migrationBuilder.DropColumn(
                name: "ClientCompanyId",
                schema: "routing",
                table: "RoutableBriefs");

            migrationBuilder.AddColumn<string>(
                name: "Specialisms",
                schema: "routing",
                table: "DirectoryFirms",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");
        }
    }
}
