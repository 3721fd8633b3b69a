using InterimExchange.BuildingBlocks.Taxonomy;
using InterimExchange.Insights.Contracts;

namespace InterimExchange.Routing.Domain;

/// <summary>
/// Ranks eligible firms for a brief by specialism fit (sector × function), seniority, region and track record (answers by the
/// respond-by date, and the hit on target of its engagements), and says why in words that cite the firm's own profile and record.
/// A firm without any specialism fit is not proposed.
/// </summary>
internal static class Recommender
{
    public const int ExactSpecialism = 40;
    public const int FunctionOnly = 20;
    public const int SectorOnly = 8;
    public const int SeniorityFit = 20;
    public const int RegionFit = 20;
    public const int TrackRecord = 20;

    public static IReadOnlyList<Recommendation> Rank(RoutableBrief brief, IEnumerable<DirectoryFirm> firms, IReadOnlyDictionary<Guid, FirmTrackRecord> records,
        DateOnly today, int take = 10) =>
        firms.Where(f => f.IsEligible(today))
            .Select(f => Score(brief, f, records.GetValueOrDefault(f.FirmId) ?? FirmTrackRecord.None(f.FirmId)))
            .Where(r => r is not null)
            .Select(r => r!)
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.FirmName, StringComparer.Ordinal)
            .Take(take)
            .ToList();

    /// <summary>
    /// The eligible firms that can still rank among the first <paramref name="take"/> once their track records are known: a track
    /// record adds at most <see cref="TrackRecord"/> points, so a firm that far below the tenth-best fit cannot, and its record is
    /// not read.
    /// </summary>
    public static IReadOnlyList<DirectoryFirm> Contenders(RoutableBrief brief, IEnumerable<DirectoryFirm> firms, DateOnly today, int take = 10)
    {
        var fits = firms.Where(f => f.IsEligible(today)).Select(f => (Firm: f, Fit: Fit(brief, f, null, null))).Where(f => f.Fit is not null).ToList();
        if (fits.Count <= take)
        {
            return fits.Select(f => f.Firm).ToList();
        }

        var bar = fits.Select(f => f.Fit!.Value).OrderDescending().ElementAt(take - 1) - TrackRecord;
        return fits.Where(f => f.Fit >= bar).Select(f => f.Firm).ToList();
    }

    public static Recommendation? Score(RoutableBrief brief, DirectoryFirm firm, FirmTrackRecord record)
    {
        var reasons = new List<string>();
        var gaps = new List<string>();
        if (Fit(brief, firm, reasons, gaps) is not { } score)
        {
            return null;
        }

        score += TrackRecordScore(record, reasons);
        return new Recommendation(firm.FirmId, firm.Name, score, reasons, firm.Specialisms.Contains(new FirmSpecialism(brief.Sector, brief.Function)), gaps);
    }

    /// <summary>The points of the firm's profile (specialism, seniority, region) with the words for each, or null without a specialism fit.</summary>
    private static int? Fit(RoutableBrief brief, DirectoryFirm firm, List<string>? reasons, List<string>? gaps)
    {
        var sector = Taxonomy.NameOf(Taxonomy.Sectors, brief.Sector);
        var function = Taxonomy.NameOf(Taxonomy.Functions, brief.Function);
        int score;
        if (firm.Specialisms.Contains(new FirmSpecialism(brief.Sector, brief.Function)))
        {
            score = ExactSpecialism;
            reasons?.Add($"Specialises in {sector} × {function}");
        }
        else if (firm.Specialisms.Any(s => s.Function == brief.Function))
        {
            score = FunctionOnly;
            reasons?.Add($"Places {function} interims in {string.Join(", ", firm.Specialisms.Where(s => s.Function == brief.Function).Select(s => Taxonomy.NameOf(Taxonomy.Sectors, s.Sector)))}");
            gaps?.Add($"Not in {sector}");
        }
        else if (firm.Specialisms.Any(s => s.Sector == brief.Sector))
        {
            score = SectorOnly;
            reasons?.Add($"Works in {sector}");
            gaps?.Add($"No {InSentence(function)} practice");
        }
        else
        {
            return null;
        }

        if (firm.Seniorities.Contains(brief.Seniority))
        {
            score += SeniorityFit;
            reasons?.Add($"Places {InSentence(Taxonomy.NameOf(Taxonomy.Seniorities, brief.Seniority))} interims");
        }
        else
        {
            gaps?.Add($"Does not place {InSentence(Taxonomy.NameOf(Taxonomy.Seniorities, brief.Seniority))} interims");
        }

        if (firm.Regions.Contains(brief.Region))
        {
            score += RegionFit;
            reasons?.Add($"Serves {Taxonomy.NameOf(Taxonomy.Regions, brief.Region)}");
        }
        else
        {
            gaps?.Add($"Does not serve {Taxonomy.NameOf(Taxonomy.Regions, brief.Region)}");
        }

        return score;
    }

    /// <summary>
    /// Half the track-record points for answering by the respond-by date, half for the hit on target of its engagements. What is not
    /// known yet scores neutral (half its points): a new firm is neither rewarded nor punished.
    /// </summary>
    private static int TrackRecordScore(FirmTrackRecord record, List<string> reasons)
    {
        const int half = TrackRecord / 2;
        if (!record.HasHistory)
        {
            reasons.Add("New to routing on InterimExchange");
            return half;
        }

        reasons.Add(record.ResponseLine);
        var score = (int)Math.Round(half * record.AnsweredByRespondBy.Fraction!.Value);
        if (record.HitOnTarget.Fraction is not { } hit)
        {
            return score + half / 2;
        }

        reasons.Add(record.HitOnTargetLine);
        return score + (int)Math.Round(half * hit);
    }

    /// <summary>"Head of function" reads "head of function" mid-sentence; "VP or director" keeps its capitals.</summary>
    private static string InSentence(string name) =>
        name.Length > 1 && char.IsUpper(name[1]) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
