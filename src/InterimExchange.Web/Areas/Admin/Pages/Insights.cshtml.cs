namespace InterimExchange.Web.Areas.Admin.Pages;

/// <summary>The platform's insights for vetting officers: every RPO's briefs together, no client named.</summary>
public sealed class InsightsModel(IInsights insights, TimeProvider clock) : InsightsPageModel(insights, clock)
{
    public override string Self => "/admin/insights";
}
