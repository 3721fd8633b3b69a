using System.Globalization;

namespace InterimExchange.Web.Pages;

/// <summary>A bar chart drawn on the server as SVG: it reads without JavaScript, and its table stands beside it.</summary>
public sealed record BarChart(string Id, string Title, IReadOnlyList<BarChart.Bar> Bars)
{
    public sealed record Bar(string Label, decimal? Value, string Text);

    public const int Width = 640;
    public const int Height = 240;
    public const int Baseline = 200;
    public const int Top = 24;

    public decimal Max => Math.Max(1, Bars.Max(b => b.Value) ?? 0);

    public double BarWidth => (double)Width / Math.Max(1, Bars.Count);

    /// <summary>The bar's height in the drawing, scaled to the tallest.</summary>
    public double HeightOf(Bar bar) => bar.Value is { } value ? (double)(value / Max) * (Baseline - Top) : 0;

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>The charts of the insights page, each from one column of the report.</summary>
public static class InsightsCharts
{
    public static IReadOnlyList<BarChart> For(InsightsReport report)
    {
        static string Month(InsightsMonth m) => m.Month.ToString("MMM yy", CultureInfo.InvariantCulture);
        return
        [
            new("time-to-engage", "Time to engage: median days from brief created to interim started, by month of start",
                report.Months.Select(m => new BarChart.Bar(Month(m), m.MedianDaysToEngage, m.MedianDaysToEngage is { } d ? $"{d}" : "–")).ToList()),
            new("hit-on-target", "Hit on target: share of reviewed criteria met, by month of review",
                report.Months.Select(m => new BarChart.Bar(Month(m), m.HitOnTarget.Percent(), m.HitOnTarget.Base == 0 ? "–" : m.HitOnTarget.ToString())).ToList()),
            new("ghosting", "Ghosting: decisions promised to firms, past their date without an outcome, at each month's end",
                report.Months.Select(m => new BarChart.Bar(Month(m), m.PastDateAtEnd, $"{m.PastDateAtEnd}")).ToList()),
            new("channels", "Specialist firms and the own sourcing team: hit on target of their interims",
                report.Channels.Select(c => new BarChart.Bar(c.Name, c.HitOnTarget.Percent(), c.HitOnTarget.Base == 0 ? "no review" : c.HitOnTarget.ToString())).ToList()),
        ];
    }
}
