using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Accounts.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ProvedEmailDomains : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OrganisationSignIns_EmailDomain",
                schema: "accounts",
                table: "OrganisationSignIns");

            migrationBuilder.AddColumn<string>(
                name: "DomainToken",
                schema: "accounts",
                table: "OrganisationSignIns",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ProvedDomain",
                schema: "accounts",
                table: "OrganisationSignIns",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            // Domains saved before are not proved (ProvedDomain stays null): each gets its own token, to be published and checked.
            migrationBuilder.Sql("""UPDATE [accounts].[OrganisationSignIns] SET [DomainToken] = LOWER(REPLACE(CONVERT(nvarchar(36), NEWID()), '-', ''));""");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationSignIns_ProvedDomain",
                schema: "accounts",
                table: "OrganisationSignIns",
                column: "ProvedDomain",
                unique: true,
                filter: "[ProvedDomain] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OrganisationSignIns_ProvedDomain",
                schema: "accounts",
                table: "OrganisationSignIns");

            migrationBuilder.DropColumn(
                name: "DomainToken",
                schema: "accounts",
                table: "OrganisationSignIns");

            migrationBuilder.DropColumn(
                name: "ProvedDomain",
                schema: "accounts",
                table: "OrganisationSignIns");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationSignIns_EmailDomain",
                schema: "accounts",
                table: "OrganisationSignIns",
                column: "EmailDomain",
                unique: true);
        }
    }
}
