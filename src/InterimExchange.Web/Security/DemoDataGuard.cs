using InterimExchange.BuildingBlocks.Persistence;

namespace InterimExchange.Web;

/// <summary>Demo data only in Development: its accounts share a published password.</summary>
internal static class DemoDataGuard
{
    /// <summary>Refuses to start outside Development with demo data switched on.</summary>
    public static void RefuseDemoDataOutsideDevelopment(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment() && builder.Configuration.GetValue<bool>($"{DemoDataOptions.Section}:Enabled"))
        {
            throw new InvalidOperationException(
                $"Demo data is switched on in the '{builder.Environment.EnvironmentName}' environment. Its accounts share a published password, " +
                "so it runs only in Development: set DemoData__Enabled=false, or ASPNETCORE_ENVIRONMENT=Development on a machine nobody else reaches.");
        }
    }
}
