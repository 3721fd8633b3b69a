using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Accounts.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OneOpenLeavePerPerson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Handovers_OneOpenPerPerson",
                table: "Handovers",
                column: "FromUserId",
                unique: true,
                filter: "ForGood = 0 AND TakenBackAtUtc IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Handovers_OneOpenPerPerson",
                table: "Handovers");
        }
    }
}
