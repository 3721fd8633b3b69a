namespace InterimExchange.Briefs.Contracts;

/// <summary>The demo brief other modules' demo data builds on: routed, with proposals, one of them scored.</summary>
public static class DemoBriefs
{
    public static readonly Guid QualityDirector = Guid.Parse("b1000000-0000-0000-0000-000000000001");

    public const string QualityDirectorTitle = "Interim Quality Director, Biologics";

    /// <summary>When the demo brief was routed, and its dates, relative to the day the demo data is written.</summary>
    public static (DateTime RoutedAtUtc, DateOnly RespondBy, DateOnly ProposalsDue) QualityDirectorRouting(DateTime nowUtc) =>
        // Proposals closed yesterday: the brief is in evaluation, which the RPO sees because its own sourcing team has stopped proposing.
        (nowUtc.AddDays(-9), DateOnly.FromDateTime(nowUtc).AddDays(-6), DateOnly.FromDateTime(nowUtc).AddDays(-1));

    /// <summary>A filled brief whose interim is three months in: its 30-day criterion reviewed, its three 90-day criteria due today.</summary>
    public static readonly Guid SiteDirector = Guid.Parse("b1000000-0000-0000-0000-000000000002");

    public const string SiteDirectorTitle = "Interim Site Director, Sterile Manufacturing";

    /// <summary>The filled brief's history, relative to the day the demo data is written.</summary>
    public static SiteDirectorHistory SiteDirectorDates(DateTime nowUtc)
    {
        var today = DateOnly.FromDateTime(nowUtc);
        var routed = nowUtc.AddDays(-120);
        var start = today.AddDays(-90);
        return new SiteDirectorHistory(nowUtc.AddDays(-130), nowUtc.AddDays(-122), routed, DateOnly.FromDateTime(routed).AddDays(3), DateOnly.FromDateTime(routed).AddDays(12),
            routed.AddDays(1), routed.AddDays(9), routed.AddDays(24), start, start.AddDays(31).ToDateTime(new TimeOnly(10, 0)));
    }

    /// <summary>When the demo Quality Director brief's first proposal, Meridian's, arrived.</summary>
    public static DateTime QualityDirectorFirstProposal(DateTime nowUtc) => nowUtc.AddDays(-3);
}

public sealed record SiteDirectorHistory(DateTime CreatedAtUtc, DateTime ConfirmedAtUtc, DateTime RoutedAtUtc, DateOnly RespondBy, DateOnly ProposalsDue,
    DateTime AnsweredAtUtc, DateTime ProposedAtUtc, DateTime SelectedAtUtc, DateOnly StartDate, DateTime FirstReviewAtUtc);
