using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Relationships.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConversationMoveReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LastMove",
                table: "Conversations",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastMove",
                table: "Conversations");
        }
    }
}
