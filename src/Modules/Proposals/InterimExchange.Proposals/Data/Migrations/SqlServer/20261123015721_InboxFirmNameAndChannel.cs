using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Proposals.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InboxFirmNameAndChannel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Channel",
                schema: "proposals",
                table: "InboxItems",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "SpecialistFirm");

            migrationBuilder.AddColumn<string>(
                name: "FirmName",
                schema: "proposals",
                table: "InboxItems",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Channel",
                schema: "proposals",
                table: "InboxItems");

            migrationBuilder.DropColumn(
                name: "FirmName",
                schema: "proposals",
                table: "InboxItems");
        }
    }
}
