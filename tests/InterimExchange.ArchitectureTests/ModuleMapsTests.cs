using System.Reflection;
using AutoMapper;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.ArchitectureTests;

/// <summary>Every module's AutoMapper maps are complete: a field added on one side and forgotten on the other fails here.</summary>
public sealed class ModuleMapsTests
{
    [Theory]
    [MemberData(nameof(ModuleRulesTests.ModuleNames), MemberType = typeof(ModuleRulesTests))]
    public void Every_mapped_field_has_its_counterpart(string module)
    {
        var mapper = new ServiceCollection().AddLogging().AddAutoMapper(_ => { }, Assembly.Load(module)).BuildServiceProvider().GetRequiredService<IMapper>();

        mapper.ConfigurationProvider.AssertConfigurationIsValid();
    }
}
