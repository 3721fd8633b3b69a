namespace InterimExchange.Web.Areas.Client.Pages.Briefs;

public sealed class EvaluationModel(IEvaluation evaluation) : EvaluationPageModel(evaluation)
{
    public override EvaluatorRole Role => EvaluatorRole.ClientExecutive;

    public override string BackPath => "/client";
}
