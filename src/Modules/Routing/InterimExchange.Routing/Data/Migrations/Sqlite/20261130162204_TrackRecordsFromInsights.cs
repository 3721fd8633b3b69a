using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Routing.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TrackRecordsFromInsights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnsweredWithinTwoDays",
                table: "DirectoryFirms");

            migrationBuilder.DropColumn(
                name: "BriefsRouted",
                table: "DirectoryFirms");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AnsweredWithinTwoDays",
                table: "DirectoryFirms",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "BriefsRouted",
                table: "DirectoryFirms",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }
    }
}
