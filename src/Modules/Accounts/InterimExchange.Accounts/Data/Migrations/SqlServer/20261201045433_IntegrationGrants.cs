using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Accounts.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class IntegrationGrants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "GrantTypes",
                schema: "accounts",
                table: "Integrations",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "client_credentials");

            migrationBuilder.AddColumn<bool>(
                name: "IsPublic",
                schema: "accounts",
                table: "Integrations",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "RedirectUris",
                schema: "accounts",
                table: "Integrations",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GrantTypes",
                schema: "accounts",
                table: "Integrations");

            migrationBuilder.DropColumn(
                name: "IsPublic",
                schema: "accounts",
                table: "Integrations");

            migrationBuilder.DropColumn(
                name: "RedirectUris",
                schema: "accounts",
                table: "Integrations");
        }
    }
}
