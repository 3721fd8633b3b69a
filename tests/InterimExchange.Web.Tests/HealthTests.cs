using InterimExchange.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterimExchange.Web.Tests;

public sealed class HealthTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    [Fact]
    public void Readiness_checks_every_module_database_and_the_bus()
    {
        var ready = app.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations
            .Where(r => r.Tags.Contains("ready"))
            .Select(r => r.Name)
            .ToList();

        ready.ShouldContain("accounts-database");
        ready.ShouldContain(name => name.Contains("masstransit", StringComparison.OrdinalIgnoreCase));
    }
}
