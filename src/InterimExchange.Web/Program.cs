using InterimExchange.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddInterimExchange();

var app = builder.Build();
if (await Commands.RunAsync(app, args) is { } exitCode)
{
    return exitCode;
}

app.UseInterimExchange();
await app.RunAsync();
return 0;

public partial class Program;
