using FluentValidation;
using InterimExchange.BuildingBlocks.Persistence;
using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Contracts;

/// <summary>
/// The Briefs module's one entry, for the RPO and client portals, the API and other modules: client companies, briefs and
/// their lifecycle, and the client executive's structured briefing.
/// </summary>
public interface IBriefs : IModuleEntry<IBriefs>;

/// <summary>
/// The RPO's client companies, by name. Asked by the RPO's pages with the signed-in RPO's id and by other modules (Insights)
/// with no person behind them, so it carries the RPO's id rather than a caller.
/// </summary>
public sealed record ClientCompaniesQuery(Guid RpoId) : IQuery<IBriefs, IReadOnlyList<ClientCompanyView>>;

/// <summary>One of the RPO's client companies with its executives; asked by pages and by other modules (Relationships), so it carries the RPO's id.</summary>
public sealed record ClientCompanyDetailsQuery(Guid RpoId, Guid ClientCompanyId) : IQuery<IBriefs, ClientCompanyView?>;

/// <summary>The coordinator adds a client company, and with it the organisation its executives will belong to.</summary>
public sealed record AddClientCompanyCommand(Caller By, string Name, string Sector) : ICommand<IBriefs>;

/// <summary>The coordinator adds an executive to one of their client companies, an admin of it when <paramref name="IsAdmin"/>.</summary>
public sealed record AddClientContactCommand(Caller By, Guid ClientCompanyId, string Name, string Email, string JobTitle, bool IsAdmin = false) : ICommand<IBriefs>;

/// <summary>
/// An RPO's briefs, newest first, one page at a time. Asked by pages and the API with the signed-in RPO's id and by other
/// modules' demo data, so it carries the RPO's id.
/// </summary>
public sealed record ListBriefsQuery(Guid RpoId, BriefStatus? Status, string? Search, int Page, int PageSize = 20) : IQuery<IBriefs, BriefPage>;

/// <summary>
/// One of the RPO's briefs as its coordinator reviews it; none when it is not the RPO's. Asked by pages and the API with the
/// signed-in RPO's id and by other modules (Proposals, Relationships) checking a brief is the RPO's, so it carries the RPO's id.
/// </summary>
public sealed record ReviewBriefQuery(Guid RpoId, Guid BriefId) : IQuery<IBriefs, BriefView?>;

/// <summary>Creates a draft when <paramref name="BriefId"/> is null, else changes the brief's details.</summary>
public sealed record SaveDraftCommand(
    Caller By,
    Guid? BriefId,
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
    bool Confidential) : ICommand<IBriefs>;

/// <summary>Sends (or sends again) the briefing invitation to one of the client's contacts.</summary>
public sealed record InviteExecutiveCommand(Caller By, Guid BriefId, Guid ContactId) : ICommand<IBriefs>;

/// <summary>The coordinator revokes a briefing invitation: its link stops working.</summary>
public sealed record RevokeInvitationCommand(Caller By, Guid BriefId, Guid InvitationId) : ICommand<IBriefs>;

/// <summary>The coordinator sends a submitted briefing back to the executive with the sections to clarify and a note.</summary>
public sealed record AskForClarificationCommand(Caller By, Guid BriefId, IReadOnlyList<BriefingSection> Sections, string? Note) : ICommand<IBriefs>;

/// <summary>The coordinator confirms a submitted briefing: the success criteria lock, and the brief may be routed.</summary>
public sealed record ConfirmBriefingCommand(Caller By, Guid BriefId) : ICommand<IBriefs>;

/// <summary>After confirmation, the coordinator changes the success criteria with a reason kept in the brief's history.</summary>
public sealed record AmendCriteriaCommand(Caller By, Guid BriefId, IReadOnlyList<CriterionInput> Criteria, string? Reason) : ICommand<IBriefs>;

/// <summary>The coordinator puts an open brief on hold: why, and by when it will be reviewed (the firms waiting on it hear by then).</summary>
public sealed record PutOnHoldCommand(Caller By, Guid BriefId, string? Reason, DateOnly? ReviewDate) : ICommand<IBriefs>;

/// <summary>The coordinator resumes a brief on hold: it goes back where it was.</summary>
public sealed record ResumeBriefCommand(Caller By, Guid BriefId) : ICommand<IBriefs>;

/// <summary>The coordinator withdraws an open brief with a reason that whoever waits on it reads.</summary>
public sealed record WithdrawBriefCommand(Caller By, Guid BriefId, string? Reason) : ICommand<IBriefs>;

/// <summary>What a briefing link is for and whether it still works; asked by the link's page before anyone signs in, so no caller.</summary>
public sealed record OpenBriefingLinkQuery(string Token) : IQuery<IBriefs, BriefingLink>;

/// <summary>
/// Ties a valid link to the executive whose email it was sent to. Sent by the link's page for someone signed in or who has
/// just set up their account there (not signed in yet), so it carries the person's id and email rather than a caller.
/// </summary>
public sealed record ClaimBriefingLinkCommand(string Token, Guid UserId, string UserEmail) : ICommand<IBriefs>;

/// <summary>
/// The executive's briefings, newest invitation first. Asked by the client portal with the signed-in executive's id and by
/// other modules (Proposals), so it carries the executive's id.
/// </summary>
public sealed record ClientBriefingsQuery(Guid UserId) : IQuery<IBriefs, IReadOnlyList<ClientBriefingItem>>;

/// <summary>One briefing as the signed-in executive fills it in; none unless they hold a live invitation to it.</summary>
public sealed record ViewBriefingQuery(Caller By, Guid BriefId) : IQuery<IBriefs, BriefingForm?>;

/// <summary>
/// Whether the executive holds a live invitation to the brief: the client's evaluator of its proposals. Asked by other
/// modules (Proposals) for the person they serve, so it carries the ids.
/// </summary>
public sealed record IsInvitedQuery(Guid UserId, Guid BriefId) : IQuery<IBriefs, bool>;

/// <summary>
/// The executives holding a live invitation to the brief, with their organisation: who review its engagement. Asked by other
/// modules (Notifications) with no person behind them, so it carries the brief's id alone.
/// </summary>
public sealed record BriefExecutivesQuery(Guid BriefId) : IQuery<IBriefs, IReadOnlyList<BriefExecutive>>;

/// <summary>The executive saves one step (<paramref name="Section"/>) of the briefing, complete or not; only that section's fields are read.</summary>
public sealed record SaveBriefingStepCommand(Caller By, Guid BriefId, BriefingSection Section, BriefingInput Input) : ICommand<IBriefs>;

/// <summary>The executive submits the briefing once it is complete; the coordinator is told and reviews it.</summary>
public sealed record SubmitBriefingCommand(Caller By, Guid BriefId) : ICommand<IBriefs>;

/// <summary>
/// A brief as firms may read it. Asked by other modules (Proposals, Notifications) that have already checked the firm may
/// read it, with no person behind some of them, so it carries the brief's id alone.
/// </summary>
public sealed record FirmBriefQuery(Guid BriefId) : IQuery<IBriefs, FirmBriefView?>;

/// <summary>A client executive invited to a brief, and the client company's organisation they belong to.</summary>
public sealed record BriefExecutive(Guid UserId, Guid OrganisationId);

/// <summary>A client company of the RPO; <paramref name="OrganisationId"/> is its executives' organisation.</summary>
public sealed record ClientCompanyView(Guid Id, string Name, string Sector, IReadOnlyList<ClientContactView> Contacts, Guid OrganisationId);

public sealed record ClientContactView(Guid Id, string Name, string Email, string JobTitle, bool IsAdmin = false);

public sealed record BriefPage(IReadOnlyList<BriefListItem> Items, int Page, int PageSize, RowCount Total)
{
    public int Pages => Total.Pages(PageSize);
}

public sealed record BriefListItem(Guid Id, string RoleTitle, string ClientName, BriefStatus Status, DateTime CreatedAtUtc, DateOnly ExpectedStart);

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
