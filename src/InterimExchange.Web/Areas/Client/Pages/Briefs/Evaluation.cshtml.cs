namespace InterimExchange.Web.Areas.Client.Pages.Briefs;

public sealed class EvaluationModel(IProposals proposals) : EvaluationPageModel(proposals)
{
    public override EvaluatorRole Role => EvaluatorRole.ClientExecutive;

    public override string BackPath => "/client";
}
