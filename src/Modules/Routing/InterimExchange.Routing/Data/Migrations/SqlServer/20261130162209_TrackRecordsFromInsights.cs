using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Routing.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TrackRecordsFromInsights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnsweredWithinTwoDays",
                schema: "routing",
                table: "DirectoryFirms");

            migrationBuilder.DropColumn(
                name: "BriefsRouted",
                schema: "routing",
                table: "DirectoryFirms");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AnsweredWithinTwoDays",
                schema: "routing",
                table: "DirectoryFirms",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "BriefsRouted",
                schema: "routing",
                table: "DirectoryFirms",
                type: "int",
                nullable: false,
                defaultValue: 0);
        }
    }
}
