using InterimExchange.BuildingBlocks.Results;
using InterimExchange.FirmNetwork.Contracts;
using InterimExchange.Web.Pages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterimExchange.Web.Areas.Firm.Pages;

/// <summary>The firm's home: where its vetting stands and what to do next.</summary>
public sealed class IndexModel(IFirmNetwork firms, InterimExchange.Proposals.Contracts.IFirmInbox inbox, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Answer { get; set; }

    public FirmView? Firm { get; private set; }

    public IReadOnlyList<InterimExchange.Proposals.Contracts.InboxItemView> Inbox { get; private set; } = [];

    public bool CanAskForRevetting => Firm is { Status: FirmStatus.Expired }
        || Firm is { Status: FirmStatus.Approved, VettedUntil: { } until } && until <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(60);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Firm = await firms.GetAsync(User.OrganisationId(), cancellationToken);
        // What a firm already holds stays visible, whatever its vetting status now.
        Inbox = await inbox.ListAsync(User.OrganisationId(), cancellationToken);
    }

    public async Task<IActionResult> OnPostAnswerAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Answer))
        {
            ModelState.AddModelError(nameof(Answer), "Write your answer to the vetting officer's question.");
            await OnGetAsync(cancellationToken);
            return Page();
        }

        return await DoAsync(firms.AnswerInformationRequestAsync(User.OrganisationId(), User.DisplayName(), Answer, cancellationToken),
            "Answer sent. The review resumes.", cancellationToken);
    }

    public Task<IActionResult> OnPostRevetAsync(CancellationToken cancellationToken) =>
        DoAsync(firms.RequestRevettingAsync(User.OrganisationId(), User.DisplayName(), cancellationToken),
            "Re-vetting asked for. A vetting officer will review your firm.", cancellationToken);

    private async Task<IActionResult> DoAsync(Task<Result> action, string confirmation, CancellationToken cancellationToken)
    {
        var result = await action;
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (ModelState.AddErrors(result, prefix: ""))
        {
            await OnGetAsync(cancellationToken);
            return Page();
        }

        TempData["Confirmation"] = confirmation;
        return Redirect("/firm");
    }
}
