using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterimExchange.Relationships.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OwnPlansPerSide : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CounterpartCadenceWeeks",
                schema: "relationships",
                table: "Relationships",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CounterpartDueOn",
                schema: "relationships",
                table: "Relationships",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CounterpartNextStep",
                schema: "relationships",
                table: "Relationships",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CounterpartNextStepOn",
                schema: "relationships",
                table: "Relationships",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CounterpartCadenceWeeks",
                schema: "relationships",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "CounterpartDueOn",
                schema: "relationships",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "CounterpartNextStep",
                schema: "relationships",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "CounterpartNextStepOn",
                schema: "relationships",
                table: "Relationships");
        }
    }
}
