using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Notifications.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NotificationTimeZone : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TimeZone",
                table: "Notifications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TimeZone",
                table: "Notifications");
        }
    }
}
