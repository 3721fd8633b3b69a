using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.FirmNetwork.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class VettedProfile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "VettedProfile",
                schema: "firmnetwork",
                table: "Firms",
                type: "nvarchar(max)",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "VettedProfile",
                schema: "firmnetwork",
                table: "Firms");
        }
    }
}
