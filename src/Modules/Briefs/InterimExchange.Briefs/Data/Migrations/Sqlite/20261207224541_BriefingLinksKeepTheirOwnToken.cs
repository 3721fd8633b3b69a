using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Briefs.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BriefingLinksKeepTheirOwnToken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BriefingInvitations_TokenId",
                table: "BriefingInvitations");

            migrationBuilder.DropColumn(
                name: "TokenId",
                table: "BriefingInvitations");

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedAtUtc",
                table: "BriefingInvitations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TokenHash",
                table: "BriefingInvitations",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_BriefingInvitations_TokenHash",
                table: "BriefingInvitations",
                column: "TokenHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BriefingInvitations_TokenHash",
                table: "BriefingInvitations");

            migrationBuilder.DropColumn(
                name: "ClaimedAtUtc",
                table: "BriefingInvitations");

            migrationBuilder.DropColumn(
                name: "TokenHash",
                table: "BriefingInvitations");

            migrationBuilder.AddColumn<Guid>(
                name: "TokenId",
                table: "BriefingInvitations",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_BriefingInvitations_TokenId",
                table: "BriefingInvitations",
                column: "TokenId",
                unique: true);
        }
    }
}
