using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.FirmNetwork.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VettedProfile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "VettedProfile",
                table: "Firms",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "VettedProfile",
                table: "Firms");
        }
    }
}
