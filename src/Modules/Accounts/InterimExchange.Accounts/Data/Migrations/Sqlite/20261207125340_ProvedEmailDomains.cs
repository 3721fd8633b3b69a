using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Accounts.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProvedEmailDomains : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OrganisationSignIns_EmailDomain",
                table: "OrganisationSignIns");

            migrationBuilder.AddColumn<string>(
                name: "DomainToken",
                table: "OrganisationSignIns",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ProvedDomain",
                table: "OrganisationSignIns",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            // Domains saved before are not proved (ProvedDomain stays null): each gets its own token, to be published and checked.
            migrationBuilder.Sql("""UPDATE "OrganisationSignIns" SET "DomainToken" = lower(hex(randomblob(16)));""");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationSignIns_ProvedDomain",
                table: "OrganisationSignIns",
                column: "ProvedDomain",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OrganisationSignIns_ProvedDomain",
                table: "OrganisationSignIns");

            migrationBuilder.DropColumn(
                name: "DomainToken",
                table: "OrganisationSignIns");

            migrationBuilder.DropColumn(
                name: "ProvedDomain",
                table: "OrganisationSignIns");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationSignIns_EmailDomain",
                table: "OrganisationSignIns",
                column: "EmailDomain",
                unique: true);
        }
    }
}
