using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Relationships.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ConversationMoveReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LastMove",
                schema: "relationships",
                table: "Conversations",
                type: "nvarchar(max)",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastMove",
                schema: "relationships",
                table: "Conversations");
        }
    }
}
