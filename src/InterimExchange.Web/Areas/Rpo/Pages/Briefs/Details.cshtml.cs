using InterimExchange.Briefs.Contracts;
using InterimExchange.BuildingBlocks.Results;
using InterimExchange.Web.Pages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterimExchange.Web.Areas.Rpo.Pages.Briefs;

/// <summary>The coordinator's brief: its facts, the client briefing and its invitation, the review, and the lifecycle.</summary>
public sealed class DetailsModel(IBriefs briefs) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public List<BriefingSection> ClarifySections { get; set; } = [];

    [BindProperty]
    public string? ClarifyNote { get; set; }

    [BindProperty]
    public List<CriterionInput> Amended { get; set; } = [];

    [BindProperty]
    public string? AmendReason { get; set; }

    [BindProperty]
    public string? HoldReason { get; set; }

    [BindProperty]
    public DateOnly? ReviewDate { get; set; }

    [BindProperty]
    public string? WithdrawReason { get; set; }

    public BriefView Brief { get; private set; } = null!;

    public IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> ContactOptions =>
        Brief.Contacts.Select(c => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem($"{c.Name}, {c.JobTitle}", c.Id.ToString()));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var brief = await briefs.GetBriefAsync(User.OrganisationId(), Id, cancellationToken);
        if (brief is null)
        {
            return NotFound();
        }

        Brief = brief;
        if (Amended.Count == 0)
        {
            Amended = [.. brief.Briefing.SuccessCriteria];
        }

        while (Amended.Count < 5)
        {
            Amended.Add(new CriterionInput(null, null, null));
        }

        return Page();
    }

    public Task<IActionResult> OnPostInviteAsync(Guid contactId, CancellationToken cancellationToken) =>
        DoAsync(c => briefs.InviteExecutiveAsync(new InviteExecutive(c, contactId), cancellationToken), "Invitation sent. The executive's link works for 14 days.", cancellationToken);

    public Task<IActionResult> OnPostRevokeAsync(Guid invitationId, CancellationToken cancellationToken) =>
        DoAsync(c => briefs.RevokeInvitationAsync(c, invitationId, cancellationToken), "Invitation revoked: its link no longer works.", cancellationToken);

    public Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken) =>
        DoAsync(c => briefs.ConfirmAsync(c, cancellationToken), "Briefing confirmed. The success criteria are locked and the brief is ready to route.", cancellationToken);

    public async Task<IActionResult> OnPostClarifyAsync(CancellationToken cancellationToken)
    {
        if (ClarifySections.Count == 0)
        {
            ModelState.AddModelError(nameof(ClarifySections), "Choose at least one section to clarify.");
        }

        if (string.IsNullOrWhiteSpace(ClarifyNote))
        {
            ModelState.AddModelError(nameof(ClarifyNote), "Say what needs clarifying: the executive sees exactly this.");
        }

        return ModelState.ErrorCount > 0
            ? await OnGetAsync(cancellationToken)
            : await DoAsync(c => briefs.RequestClarificationAsync(c, ClarifySections, ClarifyNote!, cancellationToken),
                "Clarification asked. The executive sees which sections and your note when they open the briefing.", cancellationToken);
    }

    public Task<IActionResult> OnPostAmendAsync(CancellationToken cancellationToken) =>
        DoAsync(c => briefs.AmendCriteriaAsync(c, Amended, AmendReason ?? "", cancellationToken), "Success criteria amended; the reason is in the history.", cancellationToken);

    public async Task<IActionResult> OnPostHoldAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(HoldReason))
        {
            ModelState.AddModelError(nameof(HoldReason), "Give the reason for the hold.");
            return await OnGetAsync(cancellationToken);
        }

        return await DoAsync(c => briefs.PutOnHoldAsync(c, HoldReason, ReviewDate, cancellationToken), "Brief put on hold.", cancellationToken);
    }

    public Task<IActionResult> OnPostResumeAsync(CancellationToken cancellationToken) =>
        DoAsync(c => briefs.ResumeAsync(c, cancellationToken), "Brief resumed.", cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken) =>
        DoAsync(c => briefs.WithdrawAsync(c, WithdrawReason ?? "", cancellationToken), "Brief withdrawn.", cancellationToken);

    /// <summary>Runs one decision; on success confirms it, on failure shows the brief again with the reason next to the form.</summary>
    private async Task<IActionResult> DoAsync(Func<BriefCommand, Task<Result>> decision, string confirmation, CancellationToken cancellationToken)
    {
        var result = await decision(User.BriefCommand(Id));
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (ModelState.AddErrors(result, prefix: ""))
        {
            return await OnGetAsync(cancellationToken);
        }

        TempData["Confirmation"] = confirmation;
        return Redirect($"/rpo/briefs/{Id}");
    }
}
