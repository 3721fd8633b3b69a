namespace InterimExchange.Briefs.Domain;

/// <summary>The facts of a brief the coordinator drafts.</summary>
internal sealed record BriefDetails(
    string RoleTitle,
    Guid ClientCompanyId,
    string Sector,
    string Function,
    string Seniority,
    string Location,
    string Region,
    RemotePolicy RemotePolicy,
    DateOnly ExpectedStart,
    int DurationMonths,
    bool Confidential)
{
    /// <summary>The title and location as single lines: they reach emails, calendar files and other organisations' pages.</summary>
    public BriefDetails OnOneLine() => this with { RoleTitle = PlainText.SingleLine(RoleTitle), Location = PlainText.SingleLine(Location) };
}

/// <summary>
/// One interim assignment. Its lifecycle: draft → awaiting briefing → briefing submitted → confirmed → routed → filled,
/// and at any open point on hold or withdrawn. The success criteria are locked by confirmation; later changes are amendments.
/// </summary>
internal sealed class Brief
{
    public const int MinimumCriteria = CriterionInput.Fewest;
    public const int MaximumCriteria = CriterionInput.Most;

    private readonly List<BriefHistoryEntry> history = [];

    public Guid Id { get; private set; }

    public Guid RpoOrganisationId { get; private set; }

    public BriefDetails Details { get; private set; } = null!;

    public BriefStatus Status { get; private set; }

    /// <summary>The status a brief on hold returns to when resumed.</summary>
    public BriefStatus? StatusBeforeHold { get; private set; }

    public string? HoldReason { get; private set; }

    public DateOnly? HoldReviewDate { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public Briefing Briefing { get; private set; } = new();

    public CommercialExpectations Commercial { get; private set; } = new();

    /// <summary>Sections the coordinator asked the executive to clarify, with the note that says what.</summary>
    public Clarification? OpenClarification { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public DateTime? CriteriaConfirmedAtUtc { get; private set; }

    public IReadOnlyList<BriefHistoryEntry> History => history;

    private Brief()
    {
    }

    /// <summary>A new draft; <paramref name="id"/> is given only to demo briefs other modules' demo data refer to.</summary>
    public static Brief Draft(Guid rpoOrganisationId, BriefDetails details, string actor, DateTime nowUtc, Guid? id = null)
    {
        var brief = new Brief
        {
            Id = id ?? Guid.NewGuid(),
            RpoOrganisationId = rpoOrganisationId,
            Details = details.OnOneLine(),
            Status = BriefStatus.Draft,
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
        };
        brief.Record(nowUtc, actor, "Brief drafted");
        return brief;
    }

    public bool IsClosed => Status is BriefStatus.Filled or BriefStatus.Withdrawn;

    public bool CriteriaLocked => CriteriaConfirmedAtUtc is not null;

    public void ChangeDetails(BriefDetails details, string actor, DateTime nowUtc)
    {
        BusinessRuleException.Require(!IsClosed, "A filled or withdrawn brief cannot be changed.");
        Details = details.OnOneLine();
        Touch(nowUtc, actor, "Brief details changed");
    }

    /// <summary>Sending (or re-sending) the briefing invitation moves a draft on to awaiting its briefing.</summary>
    public void InvitationSent(string actor, string email, DateTime nowUtc)
    {
        BusinessRuleException.Require(Status is BriefStatus.Draft or BriefStatus.AwaitingBriefing,
            "The executive can be invited only before the briefing is submitted.");
        Status = BriefStatus.AwaitingBriefing;
        Touch(nowUtc, actor, $"Briefing invitation sent to {email}");
    }

    public bool BriefingOpenForEditing => Status == BriefStatus.AwaitingBriefing;

    public void SaveBriefing(Briefing briefing, CommercialExpectations commercial, DateTime nowUtc)
    {
        BusinessRuleException.Require(BriefingOpenForEditing, "This briefing is not open for changes: it was submitted or the brief has moved on.");
        Briefing = briefing;
        Commercial = commercial;
        UpdatedAtUtc = nowUtc;
    }

    public void SubmitBriefing(string actor, DateTime nowUtc)
    {
        BusinessRuleException.Require(BriefingOpenForEditing, "This briefing is not open for submission.");
        var missing = Briefing.MissingForSubmission().ToList();
        BusinessRuleException.Require(missing.Count == 0, "The briefing is not complete yet: " + string.Join(" ", missing));
        Status = BriefStatus.BriefingSubmitted;
        OpenClarification = null;
        Touch(nowUtc, actor, "Briefing submitted");
    }

    public void RequestClarification(IReadOnlyCollection<BriefingSection> sections, string note, string actor, DateTime nowUtc)
    {
        BusinessRuleException.Require(Status == BriefStatus.BriefingSubmitted, "Clarification can be asked for only on a submitted briefing.");
        OpenClarification = new Clarification(sections.Distinct().Order().ToList(), note.Trim(), nowUtc);
        Status = BriefStatus.AwaitingBriefing;
        Touch(nowUtc, actor, $"Clarification asked on {string.Join(", ", OpenClarification.Sections.Select(s => s.Describe()))}", note.Trim());
    }

    public void Confirm(string actor, DateTime nowUtc)
    {
        BusinessRuleException.Require(Status == BriefStatus.BriefingSubmitted, "Only a submitted briefing can be confirmed.");
        Status = BriefStatus.Confirmed;
        CriteriaConfirmedAtUtc = nowUtc;
        Touch(nowUtc, actor, "Briefing confirmed: success criteria locked");
    }

    /// <summary>After confirmation the criteria change only by amendment, with a reason kept in the history.</summary>
    public void AmendCriteria(IReadOnlyList<SuccessCriterion> criteria, string reason, string actor, DateTime nowUtc)
    {
        BusinessRuleException.Require(CriteriaLocked, "Before confirmation the executive changes the criteria in the briefing.");
        BusinessRuleException.Require(!IsClosed, "A filled or withdrawn brief cannot be amended.");
        BusinessRuleException.Require(criteria.Count is >= MinimumCriteria and <= MaximumCriteria, $"A brief has {MinimumCriteria} to {MaximumCriteria} success criteria.");
        BusinessRuleException.Require(criteria.All(c => c.IsComplete), "Each success criterion needs an outcome, a measure and a horizon.");
        Briefing = Briefing with { SuccessCriteria = criteria.ToList() };
        Touch(nowUtc, actor, "Success criteria amended", reason.Trim());
    }

    /// <summary>A brief cannot be routed before its success criteria are confirmed.</summary>
    public void MarkRouted(string actor, DateTime nowUtc)
    {
        BusinessRuleException.Require(CriteriaLocked && Status is BriefStatus.Confirmed or BriefStatus.Routed,
            "A brief can be routed only after its success criteria are confirmed.");
        Status = BriefStatus.Routed;
        Touch(nowUtc, actor, "Brief routed to firms");
    }

    public void Fill(string actor, string how, DateTime nowUtc)
    {
        BusinessRuleException.Require(Status == BriefStatus.Routed, "Only a routed brief can be filled.");
        Status = BriefStatus.Filled;
        Touch(nowUtc, actor, "Brief filled", how);
    }

    /// <summary>A step of the evaluation, which another module runs, kept in the brief's history.</summary>
    public void EvaluationStep(string what, string? reason, string actor, DateTime nowUtc) => Record(nowUtc, actor, what, reason);

    public void PutOnHold(string reason, DateOnly reviewDate, string actor, DateTime nowUtc)
    {
        BusinessRuleException.Require(!IsClosed && Status != BriefStatus.OnHold, "Only an open brief can be put on hold.");
        BusinessRuleException.Require(reviewDate > DateOnly.FromDateTime(nowUtc), "The review date must be in the future.");
        StatusBeforeHold = Status;
        Status = BriefStatus.OnHold;
        HoldReason = PlainText.SingleLine(reason);
        HoldReviewDate = reviewDate;
        Touch(nowUtc, actor, $"Put on hold until review on {reviewDate:d MMMM yyyy}", HoldReason);
    }

    public void Resume(string actor, DateTime nowUtc)
    {
        BusinessRuleException.Require(Status == BriefStatus.OnHold, "Only a brief on hold can be resumed.");
        Status = StatusBeforeHold ?? BriefStatus.Draft;
        StatusBeforeHold = null;
        HoldReason = null;
        HoldReviewDate = null;
        Touch(nowUtc, actor, "Resumed from hold");
    }

    public void Withdraw(string reason, string actor, DateTime nowUtc)
    {
        BusinessRuleException.Require(!IsClosed, "This brief is already closed.");
        Status = BriefStatus.Withdrawn;
        WithdrawalReason = PlainText.SingleLine(reason);
        Touch(nowUtc, actor, "Brief withdrawn", WithdrawalReason);
    }

    private void Touch(DateTime nowUtc, string actor, string what, string? reason = null)
    {
        UpdatedAtUtc = nowUtc;
        Record(nowUtc, actor, what, reason);
    }

    private void Record(DateTime nowUtc, string actor, string what, string? reason = null) =>
        history.Add(new BriefHistoryEntry(Guid.NewGuid(), Id, nowUtc, actor, what, reason));
}

internal sealed record BriefHistoryEntry(Guid Id, Guid BriefId, DateTime AtUtc, string Actor, string What, string? Reason);

internal sealed record Clarification(List<BriefingSection> Sections, string Note, DateTime AskedAtUtc);

internal sealed record SuccessCriterion(string Outcome, string Measure, Horizon? Horizon)
{
    public bool IsComplete => !string.IsNullOrWhiteSpace(Outcome) && !string.IsNullOrWhiteSpace(Measure) && Horizon is not null;

    public bool IsBlank => string.IsNullOrWhiteSpace(Outcome) && string.IsNullOrWhiteSpace(Measure) && Horizon is null;
}

/// <summary>What the client executive says, section by section. Firms see all of it; the commercial section is kept apart.</summary>
internal sealed record Briefing
{
    public string? Situation { get; init; }

    public string? WhyNow { get; init; }

    public string? CostOfVacancy { get; init; }

    public List<SuccessCriterion> SuccessCriteria { get; init; } = [];

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

    /// <summary>What still stands between this briefing and its submission, one sentence per gap.</summary>
    public IEnumerable<string> MissingForSubmission()
    {
        if (string.IsNullOrWhiteSpace(Situation) || string.IsNullOrWhiteSpace(WhyNow))
        {
            yield return "Context: describe the situation and why now.";
        }

        var criteria = SuccessCriteria.Where(c => !c.IsBlank).ToList();
        if (criteria.Count is < Brief.MinimumCriteria or > Brief.MaximumCriteria || !criteria.All(c => c.IsComplete))
        {
            yield return $"Success criteria: give {Brief.MinimumCriteria} to {Brief.MaximumCriteria}, each with an outcome, a measure and a horizon.";
        }

        if (string.IsNullOrWhiteSpace(Mandate))
        {
            yield return "How the interim adds value: describe the mandate.";
        }

        if (string.IsNullOrWhiteSpace(MustHaves))
        {
            yield return "Must-haves: name at least one.";
        }
    }
}

/// <summary>The client's commercial expectations: optional, and never shown to firms before value scoring.</summary>
internal sealed record CommercialExpectations
{
    public decimal? DayRateFrom { get; init; }

    public decimal? DayRateTo { get; init; }

    public string? Currency { get; init; }

    public string? Notes { get; init; }
}
