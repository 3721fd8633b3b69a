using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace InterimExchange.Web.Pages;

/// <summary>
/// Insights over a period: one RPO's (coordinators) or the whole platform's (vetting officers, without naming clients). Each
/// figure is a chart drawn on the server with its table beside it, and each table downloads as CSV.
/// </summary>
public abstract class InsightsPageModel(IInsights insights, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public InsightsReport Report { get; private set; } = null!;

    public IReadOnlyList<string> Corrections { get; private set; } = [];

    public abstract string Self { get; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>
    /// One table as CSV: dates as yyyy-MM-dd and a byte-order mark, so that Excel opens it with the right columns and dates. A cell
    /// that a spreadsheet would take for a formula (it starts with =, +, -, @, a tab or a carriage return: a client named
    /// <c>=HYPERLINK(...)</c>) is written after an apostrophe, so that it is shown as text and never run.
    /// </summary>
    public async Task<IActionResult> OnGetCsvAsync(string? table, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var rows = InsightsCsv.Rows(Report, table);
        if (rows is null)
        {
            return NotFound();
        }

        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            await csv.WriteRecordsAsync(rows, cancellationToken);
        }

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return File(bytes, "text/csv; charset=utf-8", $"insights-{table}-{Report.Period.From:yyyy-MM-dd}-to-{Report.Period.To:yyyy-MM-dd}.csv");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var corrections = new List<string>();
        foreach (var (field, label) in new[] { (nameof(From), "start"), (nameof(To), "end") })
        {
            if (ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0)
            {
                corrections.Add($"The {label} \"{entry.AttemptedValue}\" is not a date: the default is used instead.");
            }
        }

        var (period, corrected) = InsightsPeriod.Correct(From, To, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        corrections.AddRange(corrected);
        ModelState.Clear();
        (From, To, Corrections) = (period.From, period.To, corrections);
        Report = await insights.AskAsync(new ReportQuery(User.Caller(), period), cancellationToken);
    }

    public string CsvLink(string table) => $"{Self}?handler=Csv&table={table}&from={Report.Period.From:yyyy-MM-dd}&to={Report.Period.To:yyyy-MM-dd}";

    public IReadOnlyList<BarChart> Charts => InsightsCharts.For(Report);
}
