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
}
