using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Accounts.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IntegrationGrants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "GrantTypes",
                table: "Integrations",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "client_credentials");

            migrationBuilder.AddColumn<bool>(
                name: "IsPublic",
                table: "Integrations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "RedirectUris",
                table: "Integrations",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GrantTypes",
                table: "Integrations");

            migrationBuilder.DropColumn(
                name: "IsPublic",
                table: "Integrations");

            migrationBuilder.DropColumn(
                name: "RedirectUris",
                table: "Integrations");
        }
    }
}
