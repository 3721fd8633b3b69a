using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Notifications.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class NotificationTimeZone : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TimeZone",
                schema: "notifications",
                table: "Notifications",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TimeZone",
                schema: "notifications",
                table: "Notifications");
        }
    }
}
