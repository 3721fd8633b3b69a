using Microsoft.AspNetCore.Mvc.Rendering;

namespace InterimExchange.Web.Areas.Client.Pages.Briefings;

/// <summary>One step of the executive's briefing; each save keeps what was typed, valid or not yet complete.</summary>
public sealed class StepModel(IBriefs briefings) : PageModel
{
    public static BriefingSection[] Steps { get; } = Enum.GetValues<BriefingSection>();

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Step { get; set; }

    [BindProperty]
    public BriefingInput Input { get; set; } = new();

    public BriefingForm Form { get; private set; } = null!;

    /// <summary>The section of this step; null on the review step.</summary>
    public BriefingSection? Section => Steps.Cast<BriefingSection?>().FirstOrDefault(s => Slug(s!.Value) == (Step ?? Slug(Steps[0])));

    public static string Slug(BriefingSection section) => section switch
    {
        BriefingSection.SuccessCriteria => "success-criteria",
        BriefingSection.MustHaves => "must-haves",
        _ => section.ToString().ToLowerInvariant(),
    };

    public IEnumerable<SelectListItem> HorizonOptions(int row) =>
        Choices.Horizons.Select(h => new SelectListItem(h.Text, h.Value, h.Value == Input.SuccessCriteria[row].Horizon?.ToString()));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Step is not null && Step != "review" && Section is null)
        {
            return NotFound();
        }

        Input = Form.Input;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? then, CancellationToken cancellationToken)
    {
        if (Section is not { } section)
        {
            return NotFound();
        }

        // A briefing the executive was not invited to is not found, whatever was posted: access is checked before the input.
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await briefings.SendAsync(new SaveBriefingStepCommand(User.Caller(), Id, section, Input), cancellationToken);
        var next = Array.IndexOf(Steps, section) + 1;
        return await this.AfterChangeAsync(result,
            then == "later" ? "Saved. Come back to this briefing at any time from your client portal." : $"{section.Describe()} saved.",
            then == "later" ? "/client" : $"/client/briefings/{Id}/{(next < Steps.Length ? Slug(Steps[next]) : "review")}",
            async () =>
            {
                await LoadAsync(cancellationToken);
                Input.WithEmptyCriteriaRows();
                return Page();
            }, prefix: "");
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        var result = await briefings.SendAsync(new SubmitBriefingCommand(User.Caller(), Id), cancellationToken);
        return await this.AfterChangeAsync(result,
            "Thank you: your briefing is submitted. Your coordinator reviews it and will come back to you if anything needs clarifying.", "/client", async () =>
            {
                Step = "review";
                await LoadAsync(cancellationToken);
                return Page();
            });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var form = await briefings.AskAsync(new ViewBriefingQuery(User.Caller(), Id), cancellationToken);
        if (form is null)
        {
            return false;
        }

        Form = form;
        return true;
    }
}
