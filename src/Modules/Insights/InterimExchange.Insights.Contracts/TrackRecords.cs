using System.Globalization;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Insights.Contracts;

/// <summary>
/// Each firm's track record; a firm without history has an empty one. Asked by Routing's recommendations and routing with no
/// person behind them, and by the pages that show a firm's record, so it carries the firms' ids, not a caller: a track record
/// is the same whoever reads it.
/// </summary>
public sealed record FirmTrackRecordsQuery(IReadOnlyCollection<Guid> FirmIds) : IQuery<IInsights, IReadOnlyDictionary<Guid, FirmTrackRecord>>;

/// <summary>
/// How an RPO kept its decision dates over the last twelve months, as firms see it. Asked for an RPO that is not the reader's
/// organisation (a firm reads the RPO's promises), so it carries the RPO's id, not a caller.
/// </summary>
public sealed record PromisesQuery(Guid RpoOrganisationId) : IQuery<IInsights, PromiseRecord>;

/// <summary>A part of a whole, with the whole it is based on. Below five it reads as a count, never as a percentage.</summary>
public readonly record struct Share(decimal Part, int Base)
{
    public const int SmallBase = 5;

    public decimal? Fraction => Base == 0 ? null : Part / Base;

    /// <summary>The share as a percentage to <paramref name="decimals"/> places, or null with nothing to base it on.</summary>
    public decimal? Percent(int decimals = 0) => Fraction is { } fraction ? Math.Round(100 * fraction, decimals, MidpointRounding.AwayFromZero) : null;

    public override string ToString() => Base switch
    {
        0 => "none yet",
        < SmallBase => $"{Count(Part)} of {Base}",
        _ => $"{Percent()!.Value.ToString(CultureInfo.InvariantCulture)}% of {Base}",
    };

    /// <summary>A count that may hold a half (a partly met criterion counts half): "7", "6½", "½".</summary>
    public static string Count(decimal part)
    {
        var whole = Math.Floor(part);
        var half = part - whole >= 0.5m ? "½" : "";
        return whole == 0 && half.Length > 0 ? half : whole.ToString("0", CultureInfo.InvariantCulture) + half;
    }
}

/// <summary>
/// A firm's track record on the platform: briefs received; answered by the respond-by date; median time to answer; proposals
/// per interested answer; shortlisted and selected (of its proposals); engagements; hit on target (criteria met, partly met
/// counting half, over criteria reviewed). The RPO's own sourcing teams have none.
/// </summary>
public sealed record FirmTrackRecord(Guid FirmId, int BriefsReceived, Share AnsweredByRespondBy, TimeSpan? MedianTimeToAnswer, int Answered, int InterestedAnswers,
    int Proposals, Share Shortlisted, Share Selected, int Engagements, Share HitOnTarget, int EngagementsReviewed)
{
    public static FirmTrackRecord None(Guid firmId) => new(firmId, 0, default, null, 0, 0, 0, default, default, 0, default, 0);

    public bool HasHistory => BriefsReceived > 0;

    public string ProposalsPerInterestedAnswer => InterestedAnswers == 0
        ? "no interested answer yet"
        : InterestedAnswers < Share.SmallBase
            ? $"{Proposals} {(Proposals == 1 ? "proposal" : "proposals")} on {InterestedAnswers} interested {(InterestedAnswers == 1 ? "answer" : "answers")}"
            : $"{((decimal)Proposals / InterestedAnswers).ToString("0.0", CultureInfo.InvariantCulture)} per interested answer (of {InterestedAnswers})";

    public string TimeToAnswer => MedianTimeToAnswer is { } median ? $"{TrackRecordWords.Duration(median)} (median of {Answered})" : "no answer yet";

    /// <summary>"Met 7 of 8 reviewed criteria on 3 engagements", the line the recommendation cites.</summary>
    public string HitOnTargetLine =>
        $"Met {Share.Count(HitOnTarget.Part)} of {HitOnTarget.Base} reviewed criteria on {EngagementsReviewed} {(EngagementsReviewed == 1 ? "engagement" : "engagements")}";

    /// <summary>The record in one line, for a list of firms.</summary>
    public string Summary => !HasHistory
        ? "New to routing: no track record yet"
        : $"{BriefsReceived} {(BriefsReceived == 1 ? "brief" : "briefs")} received · answered by the date: {AnsweredByRespondBy} · "
          + $"hit on target: {(HitOnTarget.Base == 0 ? "no review yet" : HitOnTarget.ToString())}";

    public string ResponseLine => $"Answered {AnsweredByRespondBy.Part:0} of {AnsweredByRespondBy.Base} briefs by their respond-by date";
}

/// <summary>
/// An RPO's promise record over the last twelve months, which firms see: outcomes given by the promised decision date, the
/// median days late of the others, the decisions now past their date without an outcome (decisions only, not the reviews and
/// requests the RPO's own board also counts), and the not-progressed outcomes that
/// came with personal feedback rather than the automated message.
/// </summary>
public sealed record PromiseRecord(Guid RpoOrganisationId, Share KeptDates, int? MedianDaysLate, int PastDateNow, Share PersonalFeedback)
{
    public string Line(string rpoName) => KeptDates.Base == 0
        ? $"{rpoName} has given no outcome on the platform in the last twelve months yet."
        : $"{rpoName} kept {KeptDates.Part:0} of {KeptDates.Base} decision dates in the last twelve months.";
}

public static class TrackRecordWords
{
    /// <summary>"3 hours", "1 day 4 hours", "6 days".</summary>
    public static string Duration(TimeSpan span) => span switch
    {
        { TotalHours: < 1 } => "under an hour",
        { TotalDays: < 1 } => Plural((int)span.TotalHours, "hour"),
        { TotalDays: < 3 } when span.Hours > 0 => $"{Plural(span.Days, "day")} {Plural(span.Hours, "hour")}",
        _ => Plural((int)Math.Round(span.TotalDays), "day"),
    };

    private static string Plural(int count, string unit) => $"{count} {unit}{(count == 1 ? "" : "s")}";
}
