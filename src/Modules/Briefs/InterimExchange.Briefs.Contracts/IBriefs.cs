using FluentValidation;
using InterimExchange.BuildingBlocks.Persistence;
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

    Task<Result> RequestClarificationAsync(BriefCommand command, ClarificationRequest request, CancellationToken cancellationToken);

    Task<Result> ConfirmAsync(BriefCommand command, CancellationToken cancellationToken);

    Task<Result> AmendCriteriaAsync(BriefCommand command, CriteriaAmendment amendment, CancellationToken cancellationToken);

    Task<Result> PutOnHoldAsync(BriefCommand command, BriefHold hold, CancellationToken cancellationToken);

    Task<Result> ResumeAsync(BriefCommand command, CancellationToken cancellationToken);

    Task<Result> WithdrawAsync(BriefCommand command, BriefWithdrawal withdrawal, CancellationToken cancellationToken);
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

    /// <summary>The executives holding a live invitation to the brief, with their organisation: who review its engagement.</summary>
    Task<IReadOnlyList<BriefExecutive>> ExecutivesAsync(Guid briefId, CancellationToken cancellationToken);

    Task<Result> SaveAsync(Guid userId, Guid briefId, BriefingSection section, BriefingInput input, CancellationToken cancellationToken);

    Task<Result> SubmitAsync(Guid userId, Guid briefId, string actor, CancellationToken cancellationToken);
}

/// <summary>A client executive invited to a brief, and the client company's organisation they belong to.</summary>
public sealed record BriefExecutive(Guid UserId, Guid OrganisationId);

/// <summary>What firms may read of a brief: everything but the client's commercial expectations.</summary>
public interface IBriefsForFirms
{
    Task<FirmBriefView?> GetAsync(Guid briefId, CancellationToken cancellationToken);
}

/// <summary>Who acts on which brief: the RPO organisation (tenant), the user, and their name for the history.</summary>
public sealed record BriefCommand(Guid RpoId, Guid BriefId, Guid UserId, string Actor);

public sealed record AddClientCompany(Guid RpoId, string Name, string Sector);

public sealed record AddClientContact(Guid RpoId, Guid ClientCompanyId, string Name, string Email, string JobTitle, bool IsAdmin = false);

/// <summary>A client company of the RPO; <paramref name="OrganisationId"/> is its executives' organisation.</summary>
public sealed record ClientCompanyView(Guid Id, string Name, string Sector, IReadOnlyList<ClientContactView> Contacts, Guid OrganisationId);

public sealed record ClientContactView(Guid Id, string Name, string Email, string JobTitle, bool IsAdmin = false);

public sealed record BriefQuery(Guid RpoId, BriefStatus? Status, string? Search, int Page, int PageSize = 20);

public sealed record BriefPage(IReadOnlyList<BriefListItem> Items, int Page, int PageSize, RowCount Total)
{
    public int Pages => Total.Pages(PageSize);
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

public sealed record CriterionInput(string? Outcome, string? Measure, Horizon? Horizon)
{
    /// <summary>A brief has 3 to 5 success criteria: the outcomes that matter most.</summary>
    public const int Fewest = 3;

    public const int Most = 5;
}

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

    /// <summary>The link set up the executive's account, or was opened signed in: from then on they sign in with their password.</summary>
    Used,
}

/// <remarks><paramref name="AsAdmin"/>: the RPO named the executive an admin of their company, which they are once they set up their account.</remarks>
public sealed record BriefingLink(BriefingLinkStatus Status, Guid? BriefId, string? Email, string? Name, string? RoleTitle, string? ClientName, Guid? ClientOrganisationId,
    bool AsAdmin = false);

/// <summary>One of the executive's briefings; <see cref="Filled"/> once an interim was selected and the engagement started.</summary>
public sealed record ClientBriefingItem(Guid BriefId, string RoleTitle, string ClientName, InvitationState State, bool ClarificationAsked, DateTime ExpiresAtUtc,
    BriefStatus BriefStatus = BriefStatus.AwaitingBriefing)
{
    public bool Filled => BriefStatus == BriefStatus.Filled;
}

/// <summary>The briefing as the executive fills it in; <see cref="Editable"/> is false once submitted.</summary>
public sealed record BriefingForm(
    Guid BriefId,
    string RoleTitle,
    string ClientName,
    bool Editable,
    BriefingContent Briefing,
    CommercialView Commercial,
    ClarificationView? Clarification,
    IReadOnlyList<string> Missing,
    BriefingInput Input);

/// <summary>
/// The briefing as the executive types it, the one contract of every step: the step page binds it, the module validates the
/// saved section's fields and keeps them. Only the fields of the saved section are read.
/// </summary>
public sealed class BriefingInput
{
    public string? Situation { get; set; }

    public string? WhyNow { get; set; }

    public string? CostOfVacancy { get; set; }

    public List<CriterionInput> SuccessCriteria { get; set; } = [];

    public string? Mandate { get; set; }

    public string? DecisionRights { get; set; }

    public string? Team { get; set; }

    public string? KeyStakeholders { get; set; }

    public string? MustHaves { get; set; }

    public string? DealBreakers { get; set; }

    public int? OnSiteDaysPerWeek { get; set; }

    public string? Travel { get; set; }

    public DateOnly? PreferredStart { get; set; }

    public int? DurationMonths { get; set; }

    public decimal? DayRateFrom { get; set; }

    public decimal? DayRateTo { get; set; }

    public string? Currency { get; set; }

    public string? CommercialNotes { get; set; }

    /// <summary>A row for every criterion a brief may have, so that the executive can add up to the most.</summary>
    public BriefingInput WithEmptyCriteriaRows()
    {
        while (SuccessCriteria.Count < CriterionInput.Most)
        {
            SuccessCriteria.Add(new CriterionInput(null, null, null));
        }

        return this;
    }
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

/// <summary>The coordinator asks the executive to clarify named sections of a submitted briefing; the executive reads the note.</summary>
public sealed record ClarificationRequest(IReadOnlyList<BriefingSection>? Sections, string? Note)
{
    /// <summary>None when a form posts none (a form that binds this record and was not the one posted, say).</summary>
    public IReadOnlyList<BriefingSection> Sections { get; init; } = Sections ?? [];
}

/// <summary>A change to confirmed success criteria, with the reason kept in the brief's history.</summary>
public sealed record CriteriaAmendment(IReadOnlyList<CriterionInput>? Criteria, string? Reason)
{
    public IReadOnlyList<CriterionInput> Criteria { get; init; } = Criteria ?? [];
}

/// <summary>A brief put on hold: why, and by when it will be reviewed (the firms waiting on it hear by then).</summary>
public sealed record BriefHold(string? Reason, DateOnly? ReviewDate);

public sealed record BriefWithdrawal(string? Reason);

/// <summary>
/// The input rules of closing a brief, in one place: the brief's own page and the close page (which tells every waiting firm
/// first) check a reason and a review date with the same words and limits.
/// </summary>
public static class BriefClosingRules
{
    public const int ReasonLength = 1000;

    public static IRuleBuilderOptions<T, string?> ClosingReason<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Give the reason: every firm waiting on this brief will read it.")
            .MaximumLength(ReasonLength).WithMessage("Keep the reason to 1,000 characters.");

    public static IRuleBuilderOptions<T, DateOnly?> ReviewDate<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.NotNull().WithMessage("Choose the date the brief will be reviewed: the firms will hear by then.");
}
