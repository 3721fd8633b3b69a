using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterimExchange.BuildingBlocks.Persistence;

public static class JsonConversion
{
    /// <summary>Stores a value object as one JSON column: it is read and written whole, never queried inside.</summary>
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property) =>
        property.HasConversion(
            value => Write(value),
            json => Read<T>(json),
            new ValueComparer<T>(
                (a, b) => Write(a) == Write(b),
                value => Write(value).GetHashCode(StringComparison.Ordinal),
                value => Read<T>(Write(value))));

    public static string Write<T>(T value) => JsonSerializer.Serialize(value);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json)!;
}
