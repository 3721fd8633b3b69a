namespace InterimExchange.BuildingBlocks.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite only: the folder holding one database file per module.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>SQL Server only: one database shared by all modules, each in its own schema.</summary>
    public string? ConnectionString { get; set; }

    public string SqliteConnectionString(string module) =>
        $"Data Source={Path.Combine(Path.GetFullPath(DataDirectory), module + ".db")}";
}
