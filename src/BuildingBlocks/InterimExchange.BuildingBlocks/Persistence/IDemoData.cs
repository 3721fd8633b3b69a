namespace InterimExchange.BuildingBlocks.Persistence;

/// <summary>A module's share of the demo organisation set, written on the embedded default when its database is empty.</summary>
public interface IDemoData
{
    Task SeedAsync(CancellationToken cancellationToken);
}
