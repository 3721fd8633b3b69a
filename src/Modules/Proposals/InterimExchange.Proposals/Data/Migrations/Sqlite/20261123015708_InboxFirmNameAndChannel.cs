using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Proposals.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InboxFirmNameAndChannel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "InboxItems",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "SpecialistFirm");

            migrationBuilder.AddColumn<string>(
                name: "FirmName",
                table: "InboxItems",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Channel",
                table: "InboxItems");

            migrationBuilder.DropColumn(
                name: "FirmName",
                table: "InboxItems");
        }
    }
}
