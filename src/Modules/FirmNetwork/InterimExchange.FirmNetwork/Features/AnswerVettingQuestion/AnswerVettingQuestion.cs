using FluentValidation;

namespace InterimExchange.FirmNetwork.Features.AnswerVettingQuestion;

/// <summary>The firm answers the vetting officer's question; the review resumes.</summary>
internal sealed class AnswerVettingQuestionHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes, IValidator<VettingAnswer> validator)
{
    public async Task<Result> HandleAsync(Guid firmId, string actor, string? answer, CancellationToken cancellationToken) =>
        await validator.RefusalAsync(new VettingAnswer(answer), cancellationToken)
        ?? await changes.ApplyAsync(db, firmId, (firm, now) =>
        {
            firm.AnswerInformationRequest(answer!.Trim(), actor, now);
            return null;
        }, cancellationToken);
}
