namespace InterimExchange.Web.Areas.Rpo.Pages.Briefs;

/// <summary>The coordinator's brief: its facts, the client briefing and its invitation, the review, and the lifecycle.</summary>
public sealed class DetailsModel(IBriefs briefs, IRelationships relationships) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The conversations about this brief, with the client executive or the firms.</summary>
    public IReadOnlyList<ConversationSummary> Conversations { get; private set; } = [];

    [BindProperty]
    public ClarificationRequest Clarify { get; set; } = new([], null);

    [BindProperty]
    public CriteriaAmendment Amend { get; set; } = new([], null);

    [BindProperty]
    public BriefHold Hold { get; set; } = new(null, null);

    [BindProperty]
    public BriefWithdrawal Withdrawal { get; set; } = new(null);

    public BriefView Brief { get; private set; } = null!;

    public IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> ContactOptions =>
        Brief.Contacts.Select(c => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem($"{c.Name}, {c.JobTitle}", c.Id.ToString()));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var brief = await briefs.AskAsync(new ReviewBriefQuery(User.OrganisationId(), Id), cancellationToken);
        if (brief is null)
        {
            return NotFound();
        }

        Brief = brief;
        Conversations = await relationships.AskAsync(new ConversationsForBriefQuery(User.Caller(), Id), cancellationToken);
        // The criteria as confirmed, or as the coordinator typed them, with an empty row up to the most a brief has.
        var criteria = Amend.Criteria.Count == 0 ? brief.Briefing.SuccessCriteria : Amend.Criteria;
        Amend = Amend with { Criteria = [.. criteria, .. Enumerable.Repeat(new CriterionInput(null, null, null), Math.Max(0, CriterionInput.Most - criteria.Count))] };

        return Page();
    }

    public Task<IActionResult> OnPostInviteAsync(Guid contactId, CancellationToken cancellationToken) =>
        DoAsync(new InviteExecutiveCommand(User.Caller(), Id, contactId), "Invitation sent. The executive's link works for 14 days.", cancellationToken);

    public Task<IActionResult> OnPostRevokeAsync(Guid invitationId, CancellationToken cancellationToken) =>
        DoAsync(new RevokeInvitationCommand(User.Caller(), Id, invitationId), "Invitation revoked: its link no longer works.", cancellationToken);

    public Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken) =>
        DoAsync(new ConfirmBriefingCommand(User.Caller(), Id), "Briefing confirmed. The success criteria are locked and the brief is ready to route.", cancellationToken);

    public Task<IActionResult> OnPostClarifyAsync(CancellationToken cancellationToken) =>
        DoAsync(new AskForClarificationCommand(User.Caller(), Id, Clarify.Sections, Clarify.Note),
            "Clarification asked. The executive sees which sections and your note when they open the briefing.", cancellationToken, nameof(Clarify));

    public Task<IActionResult> OnPostAmendAsync(CancellationToken cancellationToken) =>
        DoAsync(new AmendCriteriaCommand(User.Caller(), Id, Amend.Criteria, Amend.Reason), "Success criteria amended; the reason is in the history.", cancellationToken, nameof(Amend));

    public Task<IActionResult> OnPostHoldAsync(CancellationToken cancellationToken) =>
        DoAsync(new PutOnHoldCommand(User.Caller(), Id, Hold.Reason, Hold.ReviewDate), "Brief put on hold.", cancellationToken, nameof(Hold));

    public Task<IActionResult> OnPostResumeAsync(CancellationToken cancellationToken) =>
        DoAsync(new ResumeBriefCommand(User.Caller(), Id), "Brief resumed.", cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken) =>
        DoAsync(new WithdrawBriefCommand(User.Caller(), Id, Withdrawal.Reason), "Brief withdrawn.", cancellationToken, nameof(Withdrawal));

    /// <summary>Runs one decision; on success confirms it, on failure shows the brief again with the reason next to the form.</summary>
    private async Task<IActionResult> DoAsync<TCommand>(TCommand decision, string confirmation, CancellationToken cancellationToken, string form = "")
        where TCommand : ICommand<IBriefs> =>
        await this.AfterChangeAsync(await briefs.SendAsync(decision, cancellationToken), confirmation, $"/rpo/briefs/{Id}", () => OnGetAsync(cancellationToken), form);
}
