using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Relationships.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OwnPlansPerSide : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CounterpartCadenceWeeks",
                table: "Relationships",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CounterpartDueOn",
                table: "Relationships",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CounterpartNextStep",
                table: "Relationships",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CounterpartNextStepOn",
                table: "Relationships",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CounterpartCadenceWeeks",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "CounterpartDueOn",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "CounterpartNextStep",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "CounterpartNextStepOn",
                table: "Relationships");
        }
    }
}
