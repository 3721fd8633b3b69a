using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace InterimExchange.BuildingBlocks.Persistence;

/// <summary>
/// How many rows a paged list holds, counted only as far as its pager needs: exactly up to <see cref="Ahead"/> rows past the
/// page shown, "more than" beyond. A page then costs the same for an organisation with a thousand rows as for one with a
/// hundred thousand, and nobody reads "page 2 of 4,000" exactly.
/// </summary>
public readonly record struct RowCount(int Value, bool Exact)
{
    public const int Ahead = 1000;

    public static readonly RowCount None = new(0, true);

    public int Pages(int pageSize) => Math.Max(1, (Value + pageSize - 1) / pageSize);

    public override string ToString() => Exact ? Number : "more than " + Number;

    /// <summary>For a badge: "99+" rather than "more than 99".</summary>
    public string ToShortString() => Exact ? Number : Number + "+";

    private string Number => Value.ToString("N0", CultureInfo.InvariantCulture);
}

public static class RowCounting
{
    /// <summary>Counts <paramref name="rows"/> up to <see cref="RowCount.Ahead"/> past the end of the page asked for.</summary>
    public static Task<RowCount> CountForPageAsync<T>(this IOrderedQueryable<T> rows, int page, int pageSize, CancellationToken cancellationToken) =>
        rows.CountUpToAsync((int)Math.Min((long)Math.Max(page - 1, 0) * pageSize + RowCount.Ahead, int.MaxValue - 1), cancellationToken);

    /// <summary>
    /// Counts <paramref name="rows"/> exactly up to <paramref name="most"/>, and reads one more to know whether there are more.
    /// The rows come ordered as the index their filter reads, so that the database stops after them instead of sorting them all.
    /// </summary>
    public static async Task<RowCount> CountUpToAsync<T>(this IOrderedQueryable<T> rows, int most, CancellationToken cancellationToken)
    {
        var counted = await rows.Take(most + 1).CountAsync(cancellationToken);
        return counted <= most ? new RowCount(counted, true) : new RowCount(most, false);
    }

    /// <summary>Pages a pager may offer: every counted page, and always the next one while the count is not exact.</summary>
    public static int ClampPage(this RowCount count, int page, int pageSize) => Math.Clamp(page, 1, count.Pages(pageSize));
}
