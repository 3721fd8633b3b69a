using InterimExchange.FirmNetwork.Features.AcceptChangesSinceVetting;
using InterimExchange.FirmNetwork.Features.AnswerVettingQuestion;
using InterimExchange.FirmNetwork.Features.Apply;
using InterimExchange.FirmNetwork.Features.ApproveFirm;
using InterimExchange.FirmNetwork.Features.AskFirmForInformation;
using InterimExchange.FirmNetwork.Features.AskForRevetting;
using InterimExchange.FirmNetwork.Features.ReinstateFirm;
using InterimExchange.FirmNetwork.Features.RejectFirm;
using InterimExchange.FirmNetwork.Features.SaveVettingChecklist;
using InterimExchange.FirmNetwork.Features.SuspendFirm;
using InterimExchange.FirmNetwork.Features.UpdateFirmProfile;
using InterimExchange.FirmNetwork.Features.VettingQueue;

namespace InterimExchange.FirmNetwork;

internal sealed class FirmNetworkFacade(
    ApplyHandler apply,
    VettingQueueHandler views,
    AnswerVettingQuestionHandler answerQuestion,
    UpdateFirmProfileHandler updateProfile,
    AskForRevettingHandler askForRevetting) : IFirmNetwork
{
    public Task<Result> ApplyAsync(FirmApplication application, CancellationToken cancellationToken) => apply.ApplyAsync(application, cancellationToken);

    public Task<FirmView?> GetAsync(Guid firmId, CancellationToken cancellationToken) => views.GetAsync(firmId, cancellationToken);

    public Task<Result> AnswerInformationRequestAsync(Guid firmId, string actor, string answer, CancellationToken cancellationToken) =>
        answerQuestion.HandleAsync(firmId, actor, answer, cancellationToken);

    public Task<Result> UpdateProfileAsync(Guid firmId, string actor, FirmProfileInput profile, CancellationToken cancellationToken) =>
        updateProfile.HandleAsync(firmId, actor, profile, cancellationToken);

    public Task<Result> RequestRevettingAsync(Guid firmId, string actor, CancellationToken cancellationToken) =>
        askForRevetting.HandleAsync(firmId, actor, cancellationToken);
}

internal sealed class VettingFacade(
    VettingQueueHandler queue,
    SaveVettingChecklistHandler checklist,
    ApproveFirmHandler approve,
    RejectFirmHandler reject,
    AskFirmForInformationHandler ask,
    SuspendFirmHandler suspend,
    ReinstateFirmHandler reinstate,
    AcceptChangesSinceVettingHandler acceptChanges) : IVetting
{
    public Task<IReadOnlyList<FirmListItem>> QueueAsync(CancellationToken cancellationToken) => queue.QueueAsync(cancellationToken);

    public Task<IReadOnlyList<FirmListItem>> ListAsync(FirmStatus? status, CancellationToken cancellationToken) => queue.ListAsync(status, cancellationToken);

    public Task<FirmView?> GetAsync(Guid firmId, CancellationToken cancellationToken) => queue.GetAsync(firmId, cancellationToken);

    public Task<Result> SaveChecklistAsync(Guid firmId, string actor, IReadOnlyList<ChecklistEntry> entries, CancellationToken cancellationToken) =>
        checklist.HandleAsync(firmId, actor, entries, cancellationToken);

    public Task<Result> ApproveAsync(Guid firmId, string actor, DateOnly? validUntil, CancellationToken cancellationToken) =>
        approve.HandleAsync(firmId, actor, validUntil, cancellationToken);

    public Task<Result> RejectAsync(Guid firmId, string actor, string reason, CancellationToken cancellationToken) =>
        reject.HandleAsync(firmId, actor, reason, cancellationToken);

    public Task<Result> RequestInformationAsync(Guid firmId, string actor, string question, CancellationToken cancellationToken) =>
        ask.HandleAsync(firmId, actor, question, cancellationToken);

    public Task<Result> SuspendAsync(Guid firmId, string actor, string reason, CancellationToken cancellationToken) =>
        suspend.HandleAsync(firmId, actor, reason, cancellationToken);

    public Task<Result> ReinstateAsync(Guid firmId, string actor, string reason, CancellationToken cancellationToken) =>
        reinstate.HandleAsync(firmId, actor, reason, cancellationToken);

    public Task<Result> AcceptChangesSinceVettingAsync(Guid firmId, string actor, CancellationToken cancellationToken) =>
        acceptChanges.HandleAsync(firmId, actor, cancellationToken);
}
