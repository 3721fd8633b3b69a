using InterimExchange.Briefs.Features.OpenBriefingLink;
using InterimExchange.Briefs.Features.SaveBriefingStep;
using InterimExchange.Briefs.Features.SubmitBriefing;
using InterimExchange.Briefs.Features.ViewClientBriefings;
using InterimExchange.Briefs.Features.ClientCompanies;
using InterimExchange.Briefs.Features.DraftBrief;
using InterimExchange.Briefs.Features.BriefingInvitations;
using InterimExchange.Briefs.Features.ListBriefs;
using InterimExchange.Briefs.Features.ReviewBrief;
using InterimExchange.Briefs.Features.AskForClarification;
using InterimExchange.Briefs.Features.ConfirmBriefing;
using InterimExchange.Briefs.Features.AmendCriteria;
using InterimExchange.Briefs.Features.PutOnHold;
using InterimExchange.Briefs.Features.ResumeBrief;
using InterimExchange.Briefs.Features.WithdrawBrief;

namespace InterimExchange.Briefs;

internal sealed class BriefsFacade(
    ClientCompaniesHandler clients,
    ListBriefsHandler list,
    DraftBriefHandler draft,
    InviteExecutiveHandler invite,
    ReviewBriefHandler review,
    AskForClarificationHandler clarifying,
    ConfirmBriefingHandler confirming,
    AmendCriteriaHandler amending,
    PutOnHoldHandler holding,
    ResumeBriefHandler resuming,
    WithdrawBriefHandler withdrawing) : IBriefs
{
    public Task<IReadOnlyList<ClientCompanyView>> ListClientCompaniesAsync(Guid rpoId, CancellationToken cancellationToken) =>
        clients.ListAsync(rpoId, cancellationToken);

    public Task<ClientCompanyView?> GetClientCompanyAsync(Guid rpoId, Guid clientCompanyId, CancellationToken cancellationToken) =>
        clients.GetAsync(rpoId, clientCompanyId, cancellationToken);

    public Task<Result> AddClientCompanyAsync(AddClientCompany request, CancellationToken cancellationToken) =>
        clients.AddCompanyAsync(request, cancellationToken);

    public Task<Result> AddClientContactAsync(AddClientContact request, CancellationToken cancellationToken) =>
        clients.AddContactAsync(request, cancellationToken);

    public Task<BriefPage> ListBriefsAsync(BriefQuery query, CancellationToken cancellationToken) => list.ListAsync(query, cancellationToken);

    public Task<BriefView?> GetBriefAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken) =>
        review.GetAsync(rpoId, briefId, cancellationToken);

    public Task<Result> SaveDraftAsync(SaveDraft request, CancellationToken cancellationToken) => draft.SaveAsync(request, cancellationToken);

    public Task<Result> InviteExecutiveAsync(InviteExecutive request, CancellationToken cancellationToken) =>
        invite.InviteAsync(request, cancellationToken);

    public Task<Result> RevokeInvitationAsync(BriefCommand command, Guid invitationId, CancellationToken cancellationToken) =>
        invite.RevokeAsync(command, invitationId, cancellationToken);

    public Task<Result> RequestClarificationAsync(BriefCommand command, ClarificationRequest request, CancellationToken cancellationToken) =>
        clarifying.HandleAsync(command, request, cancellationToken);

    public Task<Result> ConfirmAsync(BriefCommand command, CancellationToken cancellationToken) => confirming.HandleAsync(command, cancellationToken);

    public Task<Result> AmendCriteriaAsync(BriefCommand command, CriteriaAmendment amendment, CancellationToken cancellationToken) =>
        amending.HandleAsync(command, amendment, cancellationToken);

    public Task<Result> PutOnHoldAsync(BriefCommand command, BriefHold hold, CancellationToken cancellationToken) => holding.HandleAsync(command, hold, cancellationToken);

    public Task<Result> ResumeAsync(BriefCommand command, CancellationToken cancellationToken) => resuming.HandleAsync(command, cancellationToken);

    public Task<Result> WithdrawAsync(BriefCommand command, BriefWithdrawal withdrawal, CancellationToken cancellationToken) =>
        withdrawing.HandleAsync(command, withdrawal, cancellationToken);
}

internal sealed class ClientBriefingsFacade(
    OpenBriefingLinkHandler link,
    ViewClientBriefingsHandler views,
    SaveBriefingStepHandler saveStep,
    SubmitBriefingHandler submit) : IClientBriefings
{
    public Task<BriefingLink> OpenLinkAsync(string token, CancellationToken cancellationToken) => link.OpenLinkAsync(token, cancellationToken);

    public Task<Result> ClaimLinkAsync(string token, Guid userId, string userEmail, CancellationToken cancellationToken) =>
        link.ClaimLinkAsync(token, userId, userEmail, cancellationToken);

    public Task<IReadOnlyList<ClientBriefingItem>> ListAsync(Guid userId, CancellationToken cancellationToken) => views.ListAsync(userId, cancellationToken);

    public Task<BriefingForm?> GetAsync(Guid userId, Guid briefId, CancellationToken cancellationToken) => views.GetAsync(userId, briefId, cancellationToken);

    public Task<bool> IsInvitedAsync(Guid userId, Guid briefId, CancellationToken cancellationToken) => views.IsInvitedAsync(userId, briefId, cancellationToken);

    public Task<IReadOnlyList<BriefExecutive>> ExecutivesAsync(Guid briefId, CancellationToken cancellationToken) => views.ExecutivesAsync(briefId, cancellationToken);

    public Task<Result> SaveAsync(Guid userId, Guid briefId, BriefingSection section, BriefingInput input, CancellationToken cancellationToken) =>
        saveStep.HandleAsync(userId, briefId, section, input, cancellationToken);

    public Task<Result> SubmitAsync(Guid userId, Guid briefId, string actor, CancellationToken cancellationToken) =>
        submit.HandleAsync(userId, briefId, actor, cancellationToken);
}
