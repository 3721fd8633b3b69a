using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Briefs.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ClientContactAdmin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsAdmin",
                schema: "briefs",
                table: "ClientContacts",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsAdmin",
                schema: "briefs",
                table: "ClientContacts");
        }
    }
}
