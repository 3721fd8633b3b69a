namespace InterimExchange.Briefs;

/// <summary>Client companies, briefs and their lifecycle, and the client executive's structured briefing.</summary>
public sealed class BriefsModule() : DatabaseModule(services => services.AddModuleDatabase<BriefsDbContext, SqliteBriefsDbContext, SqlServerBriefsDbContext>(BriefsDbContext.Module));
