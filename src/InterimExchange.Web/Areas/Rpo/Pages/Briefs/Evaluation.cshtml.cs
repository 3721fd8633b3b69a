namespace InterimExchange.Web.Areas.Rpo.Pages.Briefs;

public sealed class EvaluationModel(IProposals proposals) : EvaluationPageModel(proposals)
{
    public override EvaluatorRole Role => EvaluatorRole.Coordinator;

    public override string BackPath => $"/rpo/briefs/{Id}";
}
