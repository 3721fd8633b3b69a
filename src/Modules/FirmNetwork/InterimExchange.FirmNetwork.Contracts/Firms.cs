using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Results;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.FirmNetwork.Contracts;

public enum FirmStatus
{
    PendingReview,
    InformationRequested,
    Approved,
    Rejected,
    Suspended,
    Expired,
}

public enum ChecklistItem
{
    ReferencesChecked,
    InsuranceVerified,
    SpecialismsEvidenced,
    ExecutiveFocus,
    ConflictsOfInterest,
}

public static class FirmWords
{
    public static string Describe(this FirmStatus status) => status switch
    {
        FirmStatus.PendingReview => "Waiting for review",
        FirmStatus.InformationRequested => "More information asked",
        FirmStatus.Approved => "Vetted",
        FirmStatus.Rejected => "Not approved",
        FirmStatus.Suspended => "Suspended",
        FirmStatus.Expired => "Vetting expired",
        _ => status.ToString(),
    };

    public static string Describe(this ChecklistItem item) => item switch
    {
        ChecklistItem.ReferencesChecked => "References checked",
        ChecklistItem.InsuranceVerified => "Professional indemnity insurance verified",
        ChecklistItem.SpecialismsEvidenced => "Specialisms evidenced by recent senior placements",
        ChecklistItem.ExecutiveFocus => "Executive-level focus",
        ChecklistItem.ConflictsOfInterest => "No conflicts of interest",
        _ => item.ToString(),
    };
}

/// <summary>The FirmNetwork module's entry: firms applying, their vetting, their profiles.</summary>
public interface IFirmNetwork : IModuleEntry<IFirmNetwork>;

/// <summary>
/// Someone not yet signed in applies for their firm: the firm's application is recorded at once, and the firm's organisation and
/// the applicant's account (its admin) follow from <c>FirmApplied</c>. <see cref="Result.Id"/> is the firm's id. An address that
/// already has an account gets the same answer, and its owner an email saying so.
/// </summary>
public sealed record ApplyCommand(string? ApplicantName, string? ApplicantEmail, string? Password, FirmProfileInput Profile) : ICommand<IFirmNetwork>;

/// <summary>The caller's own firm: where its vetting stands and its profile; null when the caller's organisation is no firm.</summary>
public sealed record OwnFirmQuery(Caller By) : IQuery<IFirmNetwork, FirmView?>;

/// <summary>The firm answers the vetting officer's question; the review resumes.</summary>
public sealed record AnswerVettingQuestionCommand(Caller By, string? Answer) : ICommand<IFirmNetwork>;

/// <summary>The firm keeps its profile, specialisms and capacity; a change of what vetting checked waits for a vetting officer.</summary>
public sealed record UpdateFirmProfileCommand(Caller By, FirmProfileInput Profile) : ICommand<IFirmNetwork>;

/// <summary>The firm asks to be vetted again: in the last 60 days of vetting, or after it expired.</summary>
public sealed record AskForRevettingCommand(Caller By) : ICommand<IFirmNetwork>;

/// <summary>The vetting officers' queue: applications and re-vettings waiting for a decision, oldest first, and vetted firms that changed.</summary>
public sealed record VettingQueueQuery(Caller By) : IQuery<IFirmNetwork, IReadOnlyList<FirmListItem>>;

/// <summary>The firms of the network by name, all or those of one status, for the vetting officers.</summary>
public sealed record ListFirmsQuery(Caller By, FirmStatus? Status) : IQuery<IFirmNetwork, IReadOnlyList<FirmListItem>>;

/// <summary>One firm as a vetting officer reviews it; null for an unknown firm, or a caller who is no vetting officer.</summary>
public sealed record ReviewFirmQuery(Caller By, Guid FirmId) : IQuery<IFirmNetwork, FirmView?>;

/// <summary>A vetting officer ticks the checks of a review as they are done, with notes.</summary>
public sealed record SaveVettingChecklistCommand(Caller By, Guid FirmId, IReadOnlyList<ChecklistEntry> Checklist) : ICommand<IFirmNetwork>;

/// <summary>A vetting officer approves a firm whose checklist is complete: it may receive briefs until its vetting runs out (a year unless given).</summary>
public sealed record ApproveFirmCommand(Caller By, Guid FirmId, DateOnly? ValidUntil) : ICommand<IFirmNetwork>;

/// <summary>A vetting officer rejects an application with the reason the firm reads.</summary>
public sealed record RejectFirmCommand(Caller By, Guid FirmId, string? Reason) : ICommand<IFirmNetwork>;

/// <summary>A vetting officer asks the firm a question; the review waits for the answer.</summary>
public sealed record AskFirmForInformationCommand(Caller By, Guid FirmId, string? Question) : ICommand<IFirmNetwork>;

/// <summary>A vetting officer suspends a vetted firm with the reason the firm reads: no new briefs reach it.</summary>
public sealed record SuspendFirmCommand(Caller By, Guid FirmId, string? Reason) : ICommand<IFirmNetwork>;

/// <summary>A vetting officer reinstates a suspended firm with the reason the firm reads.</summary>
public sealed record ReinstateFirmCommand(Caller By, Guid FirmId, string? Reason) : ICommand<IFirmNetwork>;

/// <summary>
/// A vetting officer accepts what a vetted firm changed since vetting (name, registration number, insurance expiry, specialisms)
/// once checked: only then does routing get it.
/// </summary>
public sealed record AcceptChangesSinceVettingCommand(Caller By, Guid FirmId) : ICommand<IFirmNetwork>;

/// <summary>A firm's profile as a form carries it. Lists start as empty lists that form binding can fill.</summary>
public sealed record FirmProfileInput
{
    public string? Name { get; init; }

    public string? Website { get; init; }

    public string? RegistrationNumber { get; init; }

    public string? HeadquartersCountry { get; init; }

    public IReadOnlyList<string> Regions { get; init; } = new List<string>();

    public IReadOnlyList<SpecialismInput> Specialisms { get; init; } = new List<SpecialismInput>();

    public IReadOnlyList<string> Seniorities { get; init; } = new List<string>();

    public string? AssignmentTypes { get; init; }

    public string? ExecutiveFocus { get; init; }

    public string? RecentPlacements { get; init; }

    public IReadOnlyList<ReferenceInput> References { get; init; } = new List<ReferenceInput>();

    public DateOnly? InsuranceExpiresOn { get; init; }

    public bool DataProtectionAttested { get; init; }

    public int? Capacity { get; init; }
}

public sealed record SpecialismInput(string? Sector, string? Function);

public sealed record ReferenceInput(string? Client, string? ContactName, string? ContactEmail, string? Assignment);

public sealed record ChecklistEntry(ChecklistItem Item, bool Done, string? Note);

public sealed record FirmListItem(Guid Id, string Name, FirmStatus Status, DateTime ReviewStartedAtUtc, DateOnly DecisionPromisedBy, DateOnly? VettedUntil, bool Revetting, bool ChangedSinceVetting);

public sealed record FirmView(
    Guid Id,
    FirmStatus Status,
    FirmProfileInput Profile,
    DateTime AppliedAtUtc,
    DateOnly DecisionPromisedBy,
    DateOnly? VettedUntil,
    string? RejectionReason,
    string? SuspensionReason,
    string? InformationQuestion,
    string? InformationAnswer,
    string? ChangesSinceVetting,
    bool EligibleForBriefs,
    IReadOnlyList<ChecklistEntry> Checklist,
    IReadOnlyList<FirmHistoryView> History,
    bool MayAskForRevetting = false);

public sealed record FirmHistoryView(DateTime AtUtc, string Actor, string What, string? Detail);
