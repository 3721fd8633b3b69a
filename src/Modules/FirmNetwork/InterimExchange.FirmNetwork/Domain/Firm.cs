namespace InterimExchange.FirmNetwork.Domain;

internal sealed record Specialism(string Sector, string Function);

internal sealed record ClientReference(string Client, string ContactName, string ContactEmail, string Assignment);

/// <summary>What the firm says of itself; vetting officers check it.</summary>
internal sealed record FirmProfile
{
    public string Name { get; init; } = "";

    public string Website { get; init; } = "";

    public string RegistrationNumber { get; init; } = "";

    public string HeadquartersCountry { get; init; } = "";

    public List<string> Regions { get; init; } = [];

    public List<Specialism> Specialisms { get; init; } = [];

    public List<string> Seniorities { get; init; } = [];

    public string AssignmentTypes { get; init; } = "";

    public string ExecutiveFocus { get; init; } = "";

    public string RecentPlacements { get; init; } = "";

    public List<ClientReference> References { get; init; } = [];

    public DateOnly InsuranceExpiresOn { get; init; }

    public bool DataProtectionAttested { get; init; }
}

internal sealed record InformationRequest(string Question, DateTime AskedAtUtc, string? Answer, DateTime? AnsweredAtUtc);

internal sealed record FirmHistoryEntry(Guid Id, Guid FirmId, DateTime AtUtc, string Actor, string What, string? Detail);

/// <summary>
/// A specialist interim firm and its vetting. Only an approved firm whose vetting and insurance are both in date
/// may receive briefs. Vetting lasts twelve months by default; suspended or expired firms drop out of routing.
/// </summary>
internal sealed class Firm
{
    public const int DecisionPromiseBusinessDays = 10;
    public const int DefaultVettingMonths = 12;

    private readonly List<FirmHistoryEntry> history = [];

    /// <summary>The firm's organisation id in Accounts: its tenant.</summary>
    public Guid Id { get; private set; }

    public FirmProfile Profile { get; private set; } = new();

    /// <summary>The profile's name, kept as a column so that lists can sort and show it without reading the profile.</summary>
    public string Name { get; private set; } = "";

    public int Capacity { get; private set; }

    public FirmStatus Status { get; private set; }

    public DateTime AppliedAtUtc { get; private set; }

    /// <summary>When the current review started: the application, or a re-vetting.</summary>
    public DateTime ReviewStartedAtUtc { get; private set; }

    public DateOnly DecisionPromisedBy { get; private set; }

    public bool Revetting { get; private set; }

    public DateOnly? VettedUntil { get; private set; }

    public string? RejectionReason { get; private set; }

    public string? SuspensionReason { get; private set; }

    public InformationRequest? InformationRequest { get; private set; }

    public Dictionary<ChecklistItem, ChecklistNote> Checklist { get; private set; } = [];

    /// <summary>
    /// A vetted firm changed what vetting checked (its name, registration number, insurance expiry or specialisms): the changes
    /// wait for a vetting officer, and routing keeps <see cref="VettedProfile"/> until one accepts them.
    /// </summary>
    public bool ChangedSinceVetting { get; private set; }

    /// <summary>The profile as last vetted, kept while <see cref="ChangedSinceVetting"/>; null when the profile is the vetted one.</summary>
    public FirmProfile? VettedProfile { get; private set; }

    /// <summary>The profile routing may use: the vetted one until changes since vetting are accepted.</summary>
    public FirmProfile RoutedProfile => VettedProfile ?? Profile;

    public IReadOnlyList<FirmHistoryEntry> History => history;

    private Firm()
    {
    }

    public static Firm Apply(Guid organisationId, FirmProfile profile, int capacity, string actor, DateTime nowUtc)
    {
        var firm = new Firm
        {
            Id = organisationId,
            Profile = profile,
            Name = PlainText.SingleLine(profile.Name),
            Capacity = capacity,
            Status = FirmStatus.PendingReview,
            AppliedAtUtc = nowUtc,
        };
        firm.StartReview(nowUtc, revetting: false);
        firm.Record(nowUtc, actor, "Applied to join the network");
        return firm;
    }

    /// <summary>How long before its vetting ends a firm may ask to be vetted again.</summary>
    public const int RevettingWindowDays = 60;

    public bool MayAskForRevetting(DateOnly today) =>
        Status is FirmStatus.Expired || (Status == FirmStatus.Approved && VettedUntil <= today.AddDays(RevettingWindowDays));

    public bool EligibleForBriefs(DateOnly today) =>
        Status == FirmStatus.Approved && VettedUntil >= today && Profile.InsuranceExpiresOn >= today;

    public bool UnderReview => Status is FirmStatus.PendingReview or FirmStatus.InformationRequested;

    public void SaveChecklist(IReadOnlyList<ChecklistEntry> entries, string actor, DateTime nowUtc)
    {
        BusinessRuleException.Require(UnderReview, "The checklist belongs to a review in progress.");
        Checklist = entries.ToDictionary(e => e.Item, e => new ChecklistNote(e.Done, string.IsNullOrWhiteSpace(e.Note) ? null : e.Note.Trim()));
        Record(nowUtc, actor, "Checklist updated");
    }

    public void RequestInformation(string question, string actor, DateTime nowUtc)
    {
        BusinessRuleException.Require(UnderReview, "More information can be asked for only during a review.");
        InformationRequest = new InformationRequest(question.Trim(), nowUtc, null, null);
        Status = FirmStatus.InformationRequested;
        Record(nowUtc, actor, "More information asked", question.Trim());
    }

    public void AnswerInformationRequest(string answer, string actor, DateTime nowUtc)
    {
        BusinessRuleException.Require(Status == FirmStatus.InformationRequested && InformationRequest is not null, "No question is waiting for an answer.");
        InformationRequest = InformationRequest! with { Answer = answer.Trim(), AnsweredAtUtc = nowUtc };
        Status = FirmStatus.PendingReview;
        Record(nowUtc, actor, "Information given; the review resumes", answer.Trim());
    }

    public void Approve(DateOnly? validUntil, string actor, DateTime nowUtc)
    {
        BusinessRuleException.Require(Status == FirmStatus.PendingReview, "A firm can be approved only when its review is not waiting for the firm.");
        var open = Enum.GetValues<ChecklistItem>().Where(item => !(Checklist.TryGetValue(item, out var note) && note.Done)).ToList();
        BusinessRuleException.Require(open.Count == 0, "Complete the checklist first: " + string.Join(", ", open.Select(i => i.Describe())) + ".");
        var today = DateOnly.FromDateTime(nowUtc);
        var until = validUntil ?? today.AddMonths(DefaultVettingMonths);
        BusinessRuleException.Require(until > today, "Vetting must be valid until a future date.");
        Status = FirmStatus.Approved;
        VettedUntil = until;
        RejectionReason = null;
        ChangedSinceVetting = false;
        VettedProfile = null;
        Record(nowUtc, actor, $"Approved: vetted until {until:d MMMM yyyy}");
    }

    public void Reject(string reason, string actor, DateTime nowUtc)
    {
        BusinessRuleException.Require(UnderReview, "Only a firm under review can be rejected.");
        Status = FirmStatus.Rejected;
        RejectionReason = PlainText.SingleLine(reason);
        Record(nowUtc, actor, "Not approved", RejectionReason);
    }

    public void Suspend(string reason, string actor, DateTime nowUtc)
    {
        BusinessRuleException.Require(Status == FirmStatus.Approved, "Only a vetted firm can be suspended.");
        Status = FirmStatus.Suspended;
        SuspensionReason = PlainText.SingleLine(reason);
        Record(nowUtc, actor, "Suspended", SuspensionReason);
    }

    public void Reinstate(string reason, string actor, DateTime nowUtc)
    {
        BusinessRuleException.Require(Status == FirmStatus.Suspended, "Only a suspended firm can be reinstated.");
        Status = VettedUntil >= DateOnly.FromDateTime(nowUtc) ? FirmStatus.Approved : FirmStatus.Expired;
        SuspensionReason = null;
        Record(nowUtc, actor, Status == FirmStatus.Approved ? "Reinstated" : "Reinstated, but its vetting has expired", reason.Trim());
    }

    /// <summary>Vetting that has run out takes the firm out of routing; it returns after re-vetting.</summary>
    public bool ExpireIfDue(DateTime nowUtc)
    {
        if (Status != FirmStatus.Approved || VettedUntil >= DateOnly.FromDateTime(nowUtc))
        {
            return false;
        }

        Status = FirmStatus.Expired;
        Record(nowUtc, "InterimExchange", $"Vetting expired on {VettedUntil:d MMMM yyyy}");
        return true;
    }

    /// <summary>An expired firm, or one whose vetting ends soon, asks to be vetted again.</summary>
    public void RequestRevetting(string actor, DateTime nowUtc)
    {
        BusinessRuleException.Require(MayAskForRevetting(DateOnly.FromDateTime(nowUtc)),
            $"Re-vetting can be asked for in the last {RevettingWindowDays} days of vetting, or after it has expired.");
        StartReview(nowUtc, revetting: true);
        Record(nowUtc, actor, "Asked to be vetted again");
    }

    /// <summary>Returns true when specialisms changed after approval: vetting officers are told.</summary>
    public bool UpdateProfile(FirmProfile profile, int capacity, string actor, DateTime nowUtc)
    {
        BusinessRuleException.Require(Status != FirmStatus.Rejected, "A rejected application cannot be changed; apply again if circumstances change.");
        var vetted = RoutedProfile;
        Profile = profile;
        Name = PlainText.SingleLine(profile.Name);
        Capacity = capacity;
        var awaiting = Status is FirmStatus.Approved or FirmStatus.Suspended && !SameVettedFacts(vetted, profile);
        ChangedSinceVetting = awaiting;
        VettedProfile = awaiting ? vetted : null;
        Record(nowUtc, actor, awaiting ? "Profile updated: changed since vetting, waiting for a vetting officer" : "Profile updated");
        return awaiting;
    }

    /// <summary>What vetting checked and a vetted firm cannot change on its own word.</summary>
    private static bool SameVettedFacts(FirmProfile vetted, FirmProfile now) =>
        vetted.Name == now.Name && vetted.RegistrationNumber == now.RegistrationNumber && vetted.InsuranceExpiresOn == now.InsuranceExpiresOn
        && vetted.Specialisms.ToHashSet().SetEquals(now.Specialisms);

    /// <summary>What changed since vetting, in plain words for the vetting officer, or null.</summary>
    public string? ChangesSinceVetting()
    {
        if (!ChangedSinceVetting)
        {
            return null;
        }

        if (VettedProfile is not { } vetted)
        {
            // Flagged before the vetted profile was kept, when only a change of specialisms raised the flag.
            return "specialisms";
        }

        List<string> changes = [];
        if (vetted.Name != Profile.Name)
        {
            changes.Add($"name from {vetted.Name} to {Profile.Name}");
        }

        if (vetted.RegistrationNumber != Profile.RegistrationNumber)
        {
            changes.Add($"registration number from {vetted.RegistrationNumber} to {Profile.RegistrationNumber}");
        }

        if (vetted.InsuranceExpiresOn != Profile.InsuranceExpiresOn)
        {
            changes.Add($"insurance expiry from {vetted.InsuranceExpiresOn:d MMMM yyyy} to {Profile.InsuranceExpiresOn:d MMMM yyyy}");
        }

        if (!vetted.Specialisms.ToHashSet().SetEquals(Profile.Specialisms))
        {
            changes.Add("specialisms");
        }

        return string.Join("; ", changes);
    }

    /// <summary>A vetting officer has checked what a vetted firm changed, and accepts it: routing gets it now.</summary>
    public void AcceptChangesSinceVetting(string actor, DateTime nowUtc)
    {
        BusinessRuleException.Require(ChangedSinceVetting, "Nothing that vetting checked has changed since vetting.");
        Record(nowUtc, actor, $"Changes since vetting accepted: {ChangesSinceVetting()}");
        ChangedSinceVetting = false;
        VettedProfile = null;
    }

    /// <summary>The expiry dates of an approved firm that fall within <paramref name="daysBefore"/> days: each is worth one reminder.</summary>
    public IEnumerable<(ExpiryKind Kind, DateOnly Day)> ExpiringWithin(DateOnly today, int daysBefore)
    {
        if (Status != FirmStatus.Approved)
        {
            yield break;
        }

        if (VettedUntil is { } until && until <= today.AddDays(daysBefore))
        {
            yield return (ExpiryKind.VettingExpiring, until);
        }

        if (Profile.InsuranceExpiresOn <= today.AddDays(daysBefore))
        {
            yield return (ExpiryKind.InsuranceExpiring, Profile.InsuranceExpiresOn);
        }
    }

    private void StartReview(DateTime nowUtc, bool revetting)
    {
        Status = FirmStatus.PendingReview;
        Revetting = revetting;
        ReviewStartedAtUtc = nowUtc;
        DecisionPromisedBy = BusinessDays.Add(DateOnly.FromDateTime(nowUtc), DecisionPromiseBusinessDays);
        Checklist = [];
        InformationRequest = null;
    }

    private void Record(DateTime nowUtc, string actor, string what, string? detail = null) =>
        history.Add(new FirmHistoryEntry(Guid.NewGuid(), Id, nowUtc, actor, what, detail));
}

internal sealed record ChecklistNote(bool Done, string? Note);
