namespace InterimExchange.FirmNetwork;

/// <summary>Specialist firms: their applications, profiles, vetting, suspension and expiry.</summary>
public sealed class FirmNetworkModule() : DatabaseModule(services => services.AddModuleDatabase<FirmNetworkDbContext, SqliteFirmNetworkDbContext, SqlServerFirmNetworkDbContext>(FirmNetworkDbContext.Module));
