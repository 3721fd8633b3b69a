using FluentValidation;

namespace InterimExchange.FirmNetwork.Features.AskFirmForInformation;

/// <summary>A vetting officer asks the firm a question; the review waits for the answer.</summary>
internal sealed class AskFirmForInformationHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes, IValidator<VettingQuestion> validator)
{
    public async Task<Result> HandleAsync(Guid firmId, string actor, string? question, CancellationToken cancellationToken) =>
        await validator.RefusalAsync(new VettingQuestion(question), cancellationToken)
        ?? await changes.ApplyAsync(db, firmId, (firm, now) =>
        {
            firm.RequestInformation(question!.Trim(), actor, now);
            return null;
        }, cancellationToken);
}
