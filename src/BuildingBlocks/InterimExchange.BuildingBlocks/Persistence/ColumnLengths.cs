using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InterimExchange.BuildingBlocks.Persistence;

/// <summary>
/// Column lengths hold on every provider. SQLite ignores them and SQL Server refuses the save with an error, so a text longer
/// than its column means a validator is missing: this makes it fail the same way everywhere, in the tests on SQLite too, where
/// the bad-input test finds it. The user never meets it: every field's length is checked by validation first.
/// </summary>
internal sealed class ColumnLengths : SaveChangesInterceptor
{
    public static ColumnLengths Instance { get; } = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        foreach (var entry in eventData.Context!.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var property in entry.Properties.Concat(entry.ComplexProperties.SelectMany(Inside)))
            {
                if (property.CurrentValue is string text && property.Metadata.GetMaxLength() is { } max && text.Length > max)
                {
                    throw new InvalidOperationException(
                        $"{entry.Metadata.DisplayName()}.{property.Metadata.Name} is {text.Length} characters, longer than its column ({max}): its validator is missing a maximum length.");
                }
            }
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private static IEnumerable<PropertyEntry> Inside(ComplexPropertyEntry complex) =>
        complex.Properties.Concat(complex.ComplexProperties.SelectMany(Inside));
}
