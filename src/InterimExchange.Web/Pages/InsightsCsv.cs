using System.Globalization;
using CsvHelper.Configuration.Attributes;

namespace InterimExchange.Web.Pages;

/// <summary>The insights tables as CSV rows: one row type per table, the columns named as on the page.</summary>
public static class InsightsCsv
{
    public const string MonthsTable = "months";
    public const string ChannelsTable = "channels";
    public const string ClientsTable = "clients";
    public const string SectorsTable = "sectors";

    /// <summary>The rows of one table, or null for a table that is not there (clients are not named across the platform).</summary>
    public static System.Collections.IEnumerable? Rows(InsightsReport report, string? table) => table switch
    {
        MonthsTable => report.Months.Select(m => new MonthRow(m.Month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.BriefsCreated, m.Engaged,
            m.MedianDaysToEngage, m.FirstProposals, m.MedianDaysToFirstProposal, m.CriteriaReviewed, m.CriteriaMet, m.HitOnTarget.Percent(1), m.OutcomesGiven,
            m.OutcomesOnTime, m.KeptDates.Percent(1), m.PastDateAtEnd)).ToList(),
        ChannelsTable => report.Channels.Select(Group).ToList(),
        ClientsTable when !report.Platform => report.Clients.Select(Group).ToList(),
        SectorsTable => report.Sectors.Select(Group).ToList(),
        _ => null,
    };

    private static GroupRow Group(InsightsGroup g) =>
        new(g.Name, g.Briefs, g.Proposals, g.Engaged, g.MedianDaysToEngage, g.CriteriaReviewed, g.CriteriaMet, g.HitOnTarget.Percent(1));

    public sealed record MonthRow(
        [property: Name("Month")] string Month,
        [property: Name("Briefs created")] int BriefsCreated,
        [property: Name("Briefs engaged")] int Engaged,
        [property: Name("Median days to engage")] int? MedianDaysToEngage,
        [property: Name("Briefs with a first proposal")] int FirstProposals,
        [property: Name("Median days to first proposal")] int? MedianDaysToFirstProposal,
        [property: Name("Criteria reviewed")] int CriteriaReviewed,
        [property: Name("Criteria met (partly met counts half)")] decimal CriteriaMet,
        [property: Name("Hit on target %")] decimal? HitOnTarget,
        [property: Name("Outcomes given")] int OutcomesGiven,
        [property: Name("Outcomes by the promised date")] int OutcomesOnTime,
        [property: Name("Decision dates kept %")] decimal? KeptDates,
        [property: Name("Past their date at month end")] int PastDateAtEnd);

    public sealed record GroupRow(
        [property: Name("Name")] string Name,
        [property: Name("Briefs")] int Briefs,
        [property: Name("Proposals")] int Proposals,
        [property: Name("Engaged")] int Engaged,
        [property: Name("Median days to engage")] int? MedianDaysToEngage,
        [property: Name("Criteria reviewed")] int CriteriaReviewed,
        [property: Name("Criteria met (partly met counts half)")] decimal CriteriaMet,
        [property: Name("Hit on target %")] decimal? HitOnTarget);
}
