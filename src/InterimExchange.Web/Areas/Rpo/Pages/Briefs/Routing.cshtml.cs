using InterimExchange.BuildingBlocks;

namespace InterimExchange.Web.Areas.Rpo.Pages.Briefs;

/// <summary>
/// The coordinator's routing page: recommended firms with their reasons, the RPO's own sourcing team, personal notes, dates,
/// the firms excluded for this client, and the answers of the firms already routed to.
/// </summary>
public sealed class RoutingModel(IBriefs briefs, IRouting routing, IInsights insights, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Find { get; set; }

    [BindProperty]
    public List<Guid> Chosen { get; set; } = [];

    /// <summary>Every firm on the page with its personal note, as posted: firms added by name stay while the coordinator searches again.</summary>
    [BindProperty]
    public List<NoteInput> Notes { get; set; } = [];

    [BindProperty]
    public DateOnly? RespondBy { get; set; }

    [BindProperty]
    public DateOnly? ProposalsDue { get; set; }

    [BindProperty]
    public Guid? ExcludeFirmId { get; set; }

    [BindProperty]
    public string? ExcludeReason { get; set; }

    public string RoleTitle { get; private set; } = "";

    public string ClientName { get; private set; } = "";

    public IReadOnlyList<Recommendation>? Recommendations { get; private set; }

    /// <summary>
    /// The brief is confirmed, and routing has not heard of it yet (it learns by message, a moment after the confirmation): the
    /// page says recommendations are being prepared and refreshes itself, rather than telling the coordinator it is not confirmed.
    /// </summary>
    public bool Preparing { get; private set; }

    public IReadOnlyList<RoutedFirmView> Routed { get; private set; } = [];

    public IReadOnlyList<ExclusionView> Exclusions { get; private set; } = [];

    public List<Candidate> Candidates { get; } = [];

    /// <summary>Each candidate firm's track record, shown beside it.</summary>
    public IReadOnlyDictionary<Guid, FirmTrackRecord> Records { get; private set; } = new Dictionary<Guid, FirmTrackRecord>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        RespondBy ??= RouteBriefCommand.DefaultRespondBy(today);
        ProposalsDue ??= RouteBriefCommand.DefaultProposalsDue(today);
        return await LoadAsync(preselect: true, cancellationToken);
    }

    /// <summary>Finds eligible firms by name, keeping everything the coordinator chose and wrote so far.</summary>
    public async Task<IActionResult> OnPostFindAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return await LoadAsync(preselect: false, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var chosen = Chosen.Distinct().Select(id => new FirmToRoute(id, Notes.FirstOrDefault(n => n.FirmId == id)?.Note)).ToList();
        var result = await routing.SendAsync(new RouteBriefCommand(User.Caller(), Id, RespondBy, ProposalsDue, chosen), cancellationToken);
        return await this.AfterChangeAsync(result, $"Brief routed to {chosen.Count} firm{(chosen.Count == 1 ? "" : "s")}. Their answers appear here.",
            $"/rpo/briefs/{Id}/routing", async () =>
            {
                var page = await LoadAsync(preselect: false, cancellationToken);
                SayAboveWhatIsNotNextToAFirm(result);
                return page;
            });
    }

    /// <summary>A refusal about a firm the page no longer shows goes above the form, so that no refusal goes unsaid.</summary>
    private void SayAboveWhatIsNotNextToAFirm(Result result)
    {
        foreach (var (field, messages) in result.Errors.Where(e => e.Key.StartsWith(RouteBriefCommand.FirmFieldPrefix, StringComparison.Ordinal) && Candidates.All(c => RouteBriefCommand.FirmField(c.FirmId) != e.Key)))
        {
            ModelState.Remove(field);
            foreach (var message in messages)
            {
                ModelState.AddModelError("", message);
            }
        }
    }

    public async Task<IActionResult> OnPostExcludeAsync(CancellationToken cancellationToken)
    {
        if (ExcludeFirmId is not { } firmId)
        {
            ModelState.AddModelError(nameof(ExcludeFirmId), "Choose the firm to exclude.");
            return await LoadAsync(preselect: false, cancellationToken);
        }

        var result = await routing.SendAsync(new ExcludeFirmCommand(User.Caller(), Id, firmId, ExcludeReason ?? ""), cancellationToken);
        return await AfterAsync(result, "Firm excluded for this client: it is no longer recommended or found for the client's briefs.", cancellationToken,
            prefix: "Exclude");
    }

    public async Task<IActionResult> OnPostLiftAsync(Guid firmId, CancellationToken cancellationToken) =>
        await AfterAsync(await routing.SendAsync(new LiftExclusionCommand(User.Caller(), Id, firmId), cancellationToken),
            "Exclusion lifted: the firm can be recommended for this client again.", cancellationToken);

    private Task<IActionResult> AfterAsync(Result result, string confirmation, CancellationToken cancellationToken, string prefix = "") =>
        this.AfterChangeAsync(result, confirmation, $"/rpo/briefs/{Id}/routing", () => LoadAsync(preselect: false, cancellationToken), prefix);

    private async Task<IActionResult> LoadAsync(bool preselect, CancellationToken cancellationToken)
    {
        var by = User.Caller();
        var rpoId = by.OrganisationId;
        var brief = await briefs.AskAsync(new ReviewBriefQuery(rpoId, Id), cancellationToken);
        if (brief is null)
        {
            return NotFound();
        }

        RoleTitle = brief.RoleTitle;
        ClientName = brief.ClientName;
        Recommendations = await routing.AskAsync(new RecommendQuery(by, Id), cancellationToken);
        Routed = await routing.AskAsync(new RoutedFirmsQuery(by, Id), cancellationToken);
        Exclusions = await routing.AskAsync(new ExclusionsQuery(by, Id), cancellationToken);
        if (Recommendations is null)
        {
            Preparing = brief.Status is BriefStatus.Confirmed or BriefStatus.Routed;
            return Page();
        }

        var routed = Routed.Select(r => r.FirmId).ToHashSet();
        foreach (var recommendation in Recommendations.Where(r => !routed.Contains(r.FirmId)))
        {
            Candidates.Add(new Candidate(recommendation.FirmId, recommendation.FirmName, recommendation.Summary,
                NoteFor(recommendation.FirmId, $"Why we chose you: {recommendation.Summary}."), recommendation.FullFit,
                recommendation.GapSummary));
        }

        var found = string.IsNullOrWhiteSpace(Find) ? [] : await routing.AskAsync(new FindEligibleFirmsQuery(by, Id, Find), cancellationToken);
        var added = Notes.Where(n => n.FirmId != rpoId).Select(n => new EligibleFirm(n.FirmId, n.Name ?? "")).Concat(found);
        foreach (var firm in added.Where(f => !routed.Contains(f.FirmId) && Candidates.All(c => c.FirmId != f.FirmId)).ToList())
        {
            Candidates.Add(new Candidate(firm.FirmId, firm.Name, "Added by you: not among the recommendations for this brief.", NoteFor(firm.FirmId, "")));
            if (found.Contains(firm))
            {
                Chosen.Add(firm.FirmId);
            }
        }

        Records = await insights.AskAsync(new FirmTrackRecordsQuery(Candidates.Select(c => c.FirmId).ToList()), cancellationToken);

        if (!routed.Contains(rpoId))
        {
            Candidates.Add(new Candidate(rpoId, RoutingWords.SourcingTeamName(User.OrganisationName()), RoutingWords.SourcingTeamReason + ".",
                NoteFor(rpoId, "")));
        }

        if (preselect)
        {
            // Only the firms that specialise in the brief's sector and function start chosen; partial fits wait below.
            Chosen.AddRange(Candidates.Where(c => c.FullFit).Select(c => c.FirmId));
        }

        return Page();
    }

    private string NoteFor(Guid firmId, string fallback) => Notes.FirstOrDefault(n => n.FirmId == firmId)?.Note ?? fallback;

    /// <summary>A firm on the page: a full fit starts chosen; a partial fit says what does not fit and waits to be chosen.</summary>
    public sealed record Candidate(Guid FirmId, string FirmName, string Why, string Note, bool FullFit = false, string? WhatDoesNotFit = null);

    /// <summary>Recommendations were made, none of them a full fit for the brief's sector and function.</summary>
    public bool NoFullFit => Recommendations is { Count: > 0 } recommendations && !recommendations.Any(r => r.FullFit);

    public sealed class NoteInput
    {
        public Guid FirmId { get; set; }

        public string? Name { get; set; }

        public string? Note { get; set; }
    }
}
