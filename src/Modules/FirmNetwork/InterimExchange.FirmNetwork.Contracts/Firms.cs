using InterimExchange.BuildingBlocks.Results;

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

/// <summary>The firm's side: applying, seeing where vetting stands, answering questions, keeping the profile.</summary>
public interface IFirmNetwork
{
    /// <summary>Creates the firm, its organisation and the applicant's account (signed in); <see cref="Result.Id"/> is the firm's id.</summary>
    Task<Result> ApplyAsync(FirmApplication application, CancellationToken cancellationToken);

    Task<FirmView?> GetAsync(Guid firmId, CancellationToken cancellationToken);

    Task<Result> AnswerInformationRequestAsync(Guid firmId, string actor, string answer, CancellationToken cancellationToken);

    Task<Result> UpdateProfileAsync(Guid firmId, string actor, FirmProfileInput profile, CancellationToken cancellationToken);

    /// <summary>Asks to be vetted again: in the last 60 days of vetting, or after it expired.</summary>
    Task<Result> RequestRevettingAsync(Guid firmId, string actor, CancellationToken cancellationToken);
}

/// <summary>The vetting officers' side: the queue, the checklist, the decisions.</summary>
public interface IVetting
{
    Task<IReadOnlyList<FirmListItem>> QueueAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<FirmListItem>> ListAsync(FirmStatus? status, CancellationToken cancellationToken);

    Task<FirmView?> GetAsync(Guid firmId, CancellationToken cancellationToken);

    Task<Result> SaveChecklistAsync(Guid firmId, string actor, IReadOnlyList<ChecklistEntry> checklist, CancellationToken cancellationToken);

    Task<Result> ApproveAsync(Guid firmId, string actor, DateOnly? validUntil, CancellationToken cancellationToken);

    Task<Result> RejectAsync(Guid firmId, string actor, string reason, CancellationToken cancellationToken);

    Task<Result> RequestInformationAsync(Guid firmId, string actor, string question, CancellationToken cancellationToken);

    Task<Result> SuspendAsync(Guid firmId, string actor, string reason, CancellationToken cancellationToken);

    Task<Result> ReinstateAsync(Guid firmId, string actor, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// Accepts what a vetted firm changed since vetting (name, registration number, insurance expiry, specialisms) once an officer
    /// has checked it: only then does routing get it.
    /// </summary>
    Task<Result> AcceptChangesSinceVettingAsync(Guid firmId, string actor, CancellationToken cancellationToken);
}

public sealed record FirmApplication(string? ApplicantName, string? ApplicantEmail, string? Password, FirmProfileInput Profile);

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
