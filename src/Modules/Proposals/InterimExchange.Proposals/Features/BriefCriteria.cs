using InterimExchange.Briefs.Contracts;

namespace InterimExchange.Proposals.Features;

internal static class BriefCriteria
{
    /// <summary>The brief's success criteria as firms and evaluators answer them, numbered from 1.</summary>
    public static IReadOnlyList<CriterionView> Of(FirmBriefView brief) =>
        brief.SuccessCriteria.Select((c, i) => new CriterionView(i + 1, c.Outcome ?? "", c.Measure ?? "", c.Horizon?.Describe() ?? "")).ToList();
}
