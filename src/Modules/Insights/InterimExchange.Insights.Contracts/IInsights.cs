using System.Globalization;
using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Insights.Contracts;

/// <summary>
/// The Insights module's entry: the figures of the two outcomes the platform promises, over a period, for one RPO or (for vetting
/// officers) the whole platform; and track records both ways, computed from the events of routing, proposals and engagements.
/// </summary>
public interface IInsights : IModuleEntry<IInsights>;

/// <summary>The caller's RPO's figures over the period; a vetting officer's are the platform's, and clients are then not named.</summary>
public sealed record ReportQuery(Caller By, InsightsPeriod Period) : IQuery<IInsights, InsightsReport>;

/// <summary>A period of whole days, at most five years, never ending after today; anything else is corrected, with a message saying how.</summary>
public sealed record InsightsPeriod(DateOnly From, DateOnly To)
{
    public const int MaxYears = 5;

    public static InsightsPeriod LastTwelveMonths(DateOnly today) => new(new DateOnly(today.Year, today.Month, 1).AddMonths(-11), today);

    /// <summary>Nothing on the platform is older.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public static (InsightsPeriod Period, IReadOnlyList<string> Corrections) Correct(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var corrections = new List<string>();
        var fallback = LastTwelveMonths(today);
        var start = from ?? fallback.From;
        var end = to ?? (from is null ? fallback.To : today);
        if (start > end)
        {
            corrections.Add("The start was after the end: the two dates were swapped.");
            (start, end) = (end, start);
        }

        if (end > today)
        {
            corrections.Add($"The period cannot end after today: it now ends today, {today:d MMMM yyyy}.");
            end = today;
        }

        if (start > end || end < Earliest)
        {
            corrections.Add("The period held no day between 2000 and today: the last twelve months are shown.");
            (start, end) = (fallback.From, fallback.To);
        }

        if (start < end.AddYears(-MaxYears))
        {
            start = end.AddYears(-MaxYears);
            corrections.Add($"Insights cover at most {MaxYears} years: the period now starts on {start:d MMMM yyyy}.");
        }

        return (new InsightsPeriod(start, end), corrections);
    }

    public IEnumerable<DateOnly> Months()
    {
        for (var month = new DateOnly(From.Year, From.Month, 1); month <= To; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    public override string ToString() => $"{From:d MMMM yyyy} to {To:d MMMM yyyy}";
}

/// <summary>Days from one moment to another over a set of briefs: how many, the median and the middle half.</summary>
public sealed record Spread(int Count, int? Median, int? LowerQuartile, int? UpperQuartile)
{
    public static Spread Of(IEnumerable<int> days)
    {
        var sorted = days.Order().ToArray();
        return sorted.Length == 0
            ? new Spread(0, null, null, null)
            : new Spread(sorted.Length, Percentile(sorted, 0.5), Percentile(sorted, 0.25), Percentile(sorted, 0.75));
    }

    /// <summary>Nearest rank, so every figure is a day that one brief really took.</summary>
    private static int Percentile(int[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];

    public override string ToString() => Median is null
        ? "no brief yet"
        : Count < Share.SmallBase
            ? $"median {Median} days over {Count} {(Count == 1 ? "brief" : "briefs")}"
            : $"median {Median} days, middle half {LowerQuartile}–{UpperQuartile} days, over {Count} briefs";
}

public sealed record InsightsReport(
    InsightsPeriod Period,
    bool Platform,
    int BriefsCreated,
    Spread TimeToEngage,
    Spread TimeToFirstProposal,
    Share HitOnTarget,
    Share KeptDates,
    int PastDateNow,
    IReadOnlyList<InsightsMonth> Months,
    IReadOnlyList<InsightsGroup> Channels,
    IReadOnlyList<InsightsGroup> Clients,
    IReadOnlyList<InsightsGroup> Sectors)
{
    public bool IsEmpty => BriefsCreated == 0 && Months.All(m => m.Engaged == 0 && m.OutcomesGiven == 0 && m.CriteriaReviewed == 0);

    /// <summary>The months in which something happened: the table lists these, so that a year of zeros does not bury them.</summary>
    public IReadOnlyList<InsightsMonth> ActiveMonths => Months.Where(m => !m.Quiet).ToList();

    /// <summary>What the table leaves out, in words; null when it lists every month.</summary>
    public string? QuietMonths => Months.Where(m => m.Quiet).Select(m => m.Month.ToString("MMM yyyy", CultureInfo.InvariantCulture)).ToList() is { Count: > 0 } quiet
        ? $"{(quiet.Count == 1 ? "One month" : $"{quiet.Count} months")} with nothing to count {(quiet.Count == 1 ? "is" : "are")} not listed: {string.Join(", ", quiet)}. The CSV has every month."
        : null;
}

/// <summary>
/// One month of the period: briefs created; briefs engaged (engagement started) and their median days from creation; briefs whose
/// first proposal arrived and their median days; criteria reviewed and the hit on target; outcomes given and those by their
/// promised date; and the decisions past their date without an outcome at the month's end (ghosting, by the one rule of
/// <see cref="BuildingBlocks.Time.Promise"/>). Insights counts decisions owed to firms only: the decisions board's figure adds
/// the overdue reviews on engagements and the requests for a conversation the RPO owes, which insights keeps no facts of.
/// </summary>
public sealed record InsightsMonth(DateOnly Month, int BriefsCreated, int Engaged, int? MedianDaysToEngage, int FirstProposals, int? MedianDaysToFirstProposal,
    int CriteriaReviewed, decimal CriteriaMet, int OutcomesGiven, int OutcomesOnTime, int PastDateAtEnd)
{
    public Share HitOnTarget => new(CriteriaMet, CriteriaReviewed);

    public Share KeptDates => new(OutcomesOnTime, OutcomesGiven);

    /// <summary>Nothing was created, proposed, engaged, reviewed or decided, and no decision was past its date.</summary>
    public bool Quiet => BriefsCreated == 0 && Engaged == 0 && FirstProposals == 0 && CriteriaReviewed == 0 && OutcomesGiven == 0 && PastDateAtEnd == 0;
}

/// <summary>
/// One channel, client or sector over the period. For a channel: briefs routed to it, proposals it made, and its selections that
/// became engagements. For a client or sector: briefs created, those that drew a proposal, and those engaged with the median
/// days from creation. The hit on target counts the criteria reviewed in the period.
/// </summary>
public sealed record InsightsGroup(string Name, int Briefs, int Proposals, int Engaged, int? MedianDaysToEngage, int CriteriaReviewed, decimal CriteriaMet)
{
    public Share HitOnTarget => new(CriteriaMet, CriteriaReviewed);
}
