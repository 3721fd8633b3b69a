using InterimExchange.BuildingBlocks.Persistence;
using InterimExchange.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddInterimExchange();

var app = builder.Build();
if (args.Contains("migrate"))
{
    // Applies every module's migrations to the configured database (the way to migrate SQL Server), then exits.
    await app.Services.MigrateModulesAsync();
    return;
}

app.UseInterimExchange();
await app.RunAsync();

public partial class Program;
