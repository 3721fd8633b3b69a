using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Briefs.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BriefingLinksKeepTheirOwnToken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BriefingInvitations_TokenId",
                schema: "briefs",
                table: "BriefingInvitations");

            migrationBuilder.DropColumn(
                name: "TokenId",
                schema: "briefs",
                table: "BriefingInvitations");

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedAtUtc",
                schema: "briefs",
                table: "BriefingInvitations",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TokenHash",
                schema: "briefs",
                table: "BriefingInvitations",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_BriefingInvitations_TokenHash",
                schema: "briefs",
                table: "BriefingInvitations",
                column: "TokenHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BriefingInvitations_TokenHash",
                schema: "briefs",
                table: "BriefingInvitations");

            migrationBuilder.DropColumn(
                name: "ClaimedAtUtc",
                schema: "briefs",
                table: "BriefingInvitations");

            migrationBuilder.DropColumn(
                name: "TokenHash",
                schema: "briefs",
                table: "BriefingInvitations");

            migrationBuilder.AddColumn<Guid>(
                name: "TokenId",
                schema: "briefs",
                table: "BriefingInvitations",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_BriefingInvitations_TokenId",
                schema: "briefs",
                table: "BriefingInvitations",
                column: "TokenId",
                unique: true);
        }
    }
}
