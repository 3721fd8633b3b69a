using InterimExchange.Briefs.Contracts;
using InterimExchange.Briefs.Features.ClientBriefing;
using InterimExchange.Briefs.Features.ClientCompanies;
using InterimExchange.Briefs.Features.DraftBrief;
using InterimExchange.Briefs.Features.BriefingInvitations;
using InterimExchange.Briefs.Features.ListBriefs;
using InterimExchange.Briefs.Features.ReviewBrief;
using InterimExchange.BuildingBlocks.Results;

namespace InterimExchange.Briefs;

internal sealed class BriefsFacade(
    ClientCompaniesHandler clients,
    ListBriefsHandler list,
    DraftBriefHandler draft,
    InviteExecutiveHandler invite,
    ReviewBriefHandler review) : IBriefs
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

    public Task<Result> RequestClarificationAsync(BriefCommand command, IReadOnlyCollection<BriefingSection> sections, string note, CancellationToken cancellationToken) =>
        review.RequestClarificationAsync(command, sections, note, cancellationToken);

    public Task<Result> ConfirmAsync(BriefCommand command, CancellationToken cancellationToken) => review.ConfirmAsync(command, cancellationToken);

    public Task<Result> AmendCriteriaAsync(BriefCommand command, IReadOnlyList<CriterionInput> criteria, string reason, CancellationToken cancellationToken) =>
        review.AmendCriteriaAsync(command, criteria, reason, cancellationToken);

    public Task<Result> PutOnHoldAsync(BriefCommand command, string reason, DateOnly? reviewDate, CancellationToken cancellationToken) =>
        review.PutOnHoldAsync(command, reason, reviewDate, cancellationToken);

    public Task<Result> ResumeAsync(BriefCommand command, CancellationToken cancellationToken) => review.ResumeAsync(command, cancellationToken);

    public Task<Result> WithdrawAsync(BriefCommand command, string reason, CancellationToken cancellationToken) =>
        review.WithdrawAsync(command, reason, cancellationToken);
}

internal sealed class ClientBriefingsFacade(ClientBriefingHandler handler) : IClientBriefings
{
    public Task<BriefingLink> OpenLinkAsync(string token, CancellationToken cancellationToken) => handler.OpenLinkAsync(token, cancellationToken);

    public Task<Result> ClaimLinkAsync(string token, Guid userId, string userEmail, CancellationToken cancellationToken) =>
        handler.ClaimLinkAsync(token, userId, userEmail, cancellationToken);

    public Task<IReadOnlyList<ClientBriefingItem>> ListAsync(Guid userId, CancellationToken cancellationToken) => handler.ListAsync(userId, cancellationToken);

    public Task<BriefingForm?> GetAsync(Guid userId, Guid briefId, CancellationToken cancellationToken) => handler.GetAsync(userId, briefId, cancellationToken);

    public Task<bool> IsInvitedAsync(Guid userId, Guid briefId, CancellationToken cancellationToken) => handler.IsInvitedAsync(userId, briefId, cancellationToken);

    public Task<Result> SaveAsync(Guid userId, Guid briefId, BriefingSection section, BriefingInput input, CancellationToken cancellationToken) =>
        handler.SaveAsync(userId, briefId, section, input, cancellationToken);

    public Task<Result> SubmitAsync(Guid userId, Guid briefId, string actor, CancellationToken cancellationToken) =>
        handler.SubmitAsync(userId, briefId, actor, cancellationToken);
}
