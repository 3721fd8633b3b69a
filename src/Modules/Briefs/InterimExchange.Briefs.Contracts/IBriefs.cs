using InterimExchange.BuildingBlocks.Results;

namespace InterimExchange.Briefs.Contracts;

/// <summary>The Briefs module's facade for the RPO and client portals. Every call names the caller's organisation or user: tenancy is checked inside.</summary>
public interface IBriefs
{
    Task<IReadOnlyList<ClientCompanyView>> ListClientCompaniesAsync(Guid rpoId, CancellationToken cancellationToken);

    Task<ClientCompanyView?> GetClientCompanyAsync(Guid rpoId, Guid clientCompanyId, CancellationToken cancellationToken);

    Task<Result> AddClientCompanyAsync(AddClientCompany request, CancellationToken cancellationToken);

    Task<Result> AddClientContactAsync(AddClientContact request, CancellationToken cancellationToken);

    Task<BriefPage> ListBriefsAsync(BriefQuery query, CancellationToken cancellationToken);

    Task<BriefView?> GetBriefAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken);

    /// <summary>Creates a draft when <see cref="SaveDraft.BriefId"/> is null, else changes the brief's details.</summary>
    Task<Result> SaveDraftAsync(SaveDraft request, CancellationToken cancellationToken);

    /// <summary>Sends (or sends again) the briefing invitation to one of the client's contacts.</summary>
    Task<Result> InviteExecutiveAsync(InviteExecutive request, CancellationToken cancellationToken);

    Task<Result> RevokeInvitationAsync(BriefCommand command, Guid invitationId, CancellationToken cancellationToken);

    Task<Result> RequestClarificationAsync(BriefCommand command, IReadOnlyCollection<BriefingSection> sections, string note, CancellationToken cancellationToken);

    Task<Result> ConfirmAsync(BriefCommand command, CancellationToken cancellationToken);

    Task<Result> AmendCriteriaAsync(BriefCommand command, IReadOnlyList<CriterionInput> criteria, string reason, CancellationToken cancellationToken);

    Task<Result> PutOnHoldAsync(BriefCommand command, string reason, DateOnly? reviewDate, CancellationToken cancellationToken);

    Task<Result> ResumeAsync(BriefCommand command, CancellationToken cancellationToken);

    Task<Result> WithdrawAsync(BriefCommand command, string reason, CancellationToken cancellationToken);
}

/// <summary>The client executive's side: the invitation link and the briefing in steps.</summary>
public interface IClientBriefings
{
    Task<BriefingLink> OpenLinkAsync(string token, CancellationToken cancellationToken);

    /// <summary>Ties a valid link to the signed-in executive whose email it was sent to.</summary>
    Task<Result> ClaimLinkAsync(string token, Guid userId, string userEmail, CancellationToken cancellationToken);

    Task<IReadOnlyList<ClientBriefingItem>> ListAsync(Guid userId, CancellationToken cancellationToken);

    Task<BriefingForm?> GetAsync(Guid userId, Guid briefId, CancellationToken cancellationToken);

    /// <summary>Whether the executive holds a live invitation to the brief: the client's evaluator of its proposals.</summary>
    Task<bool> IsInvitedAsync(Guid userId, Guid briefId, CancellationToken cancellationToken);

    Task<Result> SaveAsync(Guid userId, Guid briefId, BriefingSection section, BriefingInput input, CancellationToken cancellationToken);

    Task<Result> SubmitAsync(Guid userId, Guid briefId, string actor, CancellationToken cancellationToken);
}

/// <summary>What firms may read of a brief: everything but the client's commercial expectations.</summary>
public interface IBriefsForFirms
{
    Task<FirmBriefView?> GetAsync(Guid briefId, CancellationToken cancellationToken);
}

/// <summary>Who acts on which brief: the RPO organisation (tenant), the user, and their name for the history.</summary>
public sealed record BriefCommand(Guid RpoId, Guid BriefId, Guid UserId, string Actor);

public sealed record AddClientCompany(Guid RpoId, string Name, string Sector);

public sealed record AddClientContact(Guid RpoId, Guid ClientCompanyId, string Name, string Email, string JobTitle);

public sealed record ClientCompanyView(Guid Id, string Name, string Sector, IReadOnlyList<ClientContactView> Contacts);

public sealed record ClientContactView(Guid Id, string Name, string Email, string JobTitle);

public sealed record BriefQuery(Guid RpoId, BriefStatus? Status, string? Search, int Page, int PageSize = 20);

public sealed record BriefPage(IReadOnlyList<BriefListItem> Items, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record BriefListItem(Guid Id, string RoleTitle, string ClientName, BriefStatus Status, DateTime CreatedAtUtc, DateOnly ExpectedStart);

public sealed record SaveDraft(
    Guid RpoId,
    Guid? BriefId,
    string Actor,
    string? RoleTitle,
    Guid? ClientCompanyId,
    string? Sector,
    string? Function,
    string? Seniority,
    string? Location,
    string? Region,
    RemotePolicy? RemotePolicy,
    DateOnly? ExpectedStart,
    int? DurationMonths,
    bool Confidential);

public sealed record InviteExecutive(BriefCommand Command, Guid ContactId);

public sealed record CriterionInput(string? Outcome, string? Measure, Horizon? Horizon);

public sealed record BriefView(
    Guid Id,
    string RoleTitle,
    Guid ClientCompanyId,
    string ClientName,
    string Sector,
    string Function,
    string Seniority,
    string Location,
    string Region,
    RemotePolicy RemotePolicy,
    DateOnly ExpectedStart,
    int DurationMonths,
    bool Confidential,
    BriefStatus Status,
    string? HoldReason,
    DateOnly? HoldReviewDate,
    string? WithdrawalReason,
    bool CriteriaLocked,
    BriefingContent Briefing,
    CommercialView Commercial,
    ClarificationView? OpenClarification,
    IReadOnlyList<ClientContactView> Contacts,
    IReadOnlyList<InvitationView> Invitations,
    IReadOnlyList<HistoryView> History);

public sealed record BriefingContent(
    string? Situation,
    string? WhyNow,
    string? CostOfVacancy,
    IReadOnlyList<CriterionInput> SuccessCriteria,
    string? Mandate,
    string? DecisionRights,
    string? Team,
    string? KeyStakeholders,
    string? MustHaves,
    string? DealBreakers,
    int? OnSiteDaysPerWeek,
    string? Travel,
    DateOnly? PreferredStart,
    int? DurationMonths);

public sealed record CommercialView(decimal? DayRateFrom, decimal? DayRateTo, string? Currency, string? Notes);

public sealed record ClarificationView(IReadOnlyList<BriefingSection> Sections, string Note, DateTime AskedAtUtc);

public sealed record InvitationView(Guid Id, string Name, string Email, InvitationState State, DateTime SentAtUtc, DateTime ExpiresAtUtc);

public sealed record HistoryView(DateTime AtUtc, string Actor, string What, string? Reason);

public enum BriefingLinkStatus
{
    Valid,
    Unknown,
    Expired,
    Revoked,
}

public sealed record BriefingLink(BriefingLinkStatus Status, Guid? BriefId, string? Email, string? Name, string? RoleTitle, string? ClientName, Guid? ClientOrganisationId);

public sealed record ClientBriefingItem(Guid BriefId, string RoleTitle, string ClientName, InvitationState State, bool ClarificationAsked, DateTime ExpiresAtUtc);

/// <summary>The briefing as the executive fills it in; <see cref="Editable"/> is false once submitted.</summary>
public sealed record BriefingForm(
    Guid BriefId,
    string RoleTitle,
    string ClientName,
    bool Editable,
    BriefingContent Briefing,
    CommercialView Commercial,
    ClarificationView? Clarification,
    IReadOnlyList<string> Missing);

/// <summary>One step's fields; only those of the saved section are read.</summary>
public sealed record BriefingInput
{
    public string? Situation { get; init; }

    public string? WhyNow { get; init; }

    public string? CostOfVacancy { get; init; }

    public IReadOnlyList<CriterionInput> SuccessCriteria { get; init; } = [];

    public string? Mandate { get; init; }

    public string? DecisionRights { get; init; }

    public string? Team { get; init; }

    public string? KeyStakeholders { get; init; }

    public string? MustHaves { get; init; }

    public string? DealBreakers { get; init; }

    public int? OnSiteDaysPerWeek { get; init; }

    public string? Travel { get; init; }

    public DateOnly? PreferredStart { get; init; }

    public int? DurationMonths { get; init; }

    public decimal? DayRateFrom { get; init; }

    public decimal? DayRateTo { get; init; }

    public string? Currency { get; init; }

    public string? CommercialNotes { get; init; }
}

/// <summary>A brief as a firm reads it: led by its success criteria; the client withheld when confidential; no commercial section.</summary>
public sealed record FirmBriefView(
    Guid Id,
    string RoleTitle,
    string? ClientName,
    string Sector,
    string Function,
    string Seniority,
    string Location,
    string Region,
    RemotePolicy RemotePolicy,
    DateOnly ExpectedStart,
    int DurationMonths,
    BriefStatus Status,
    IReadOnlyList<CriterionInput> SuccessCriteria,
    string? Situation,
    string? WhyNow,
    string? Mandate,
    string? DecisionRights,
    string? Team,
    string? KeyStakeholders,
    string? MustHaves,
    string? DealBreakers,
    int? OnSiteDaysPerWeek,
    string? Travel);
