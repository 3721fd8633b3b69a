namespace InterimExchange.Web.Areas.Rpo.Pages;

/// <summary>The RPO's own insights: its briefs, its firms' work and its promises; never another RPO's.</summary>
public sealed class InsightsModel(IInsights insights, TimeProvider clock) : InsightsPageModel(insights, clock)
{
    public override string Self => "/rpo/insights";
}
