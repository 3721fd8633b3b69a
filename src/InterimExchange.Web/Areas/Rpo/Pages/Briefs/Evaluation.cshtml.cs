namespace InterimExchange.Web.Areas.Rpo.Pages.Briefs;

public sealed class EvaluationModel(IEvaluation evaluation) : EvaluationPageModel(evaluation)
{
    public override EvaluatorRole Role => EvaluatorRole.Coordinator;

    public override string BackPath => $"/rpo/briefs/{Id}";
}
