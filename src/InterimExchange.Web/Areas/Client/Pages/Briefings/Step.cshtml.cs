using InterimExchange.Briefs.Contracts;
using InterimExchange.Web.Pages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InterimExchange.Web.Areas.Client.Pages.Briefings;

/// <summary>One step of the executive's briefing; each save keeps what was typed, valid or not yet complete.</summary>
public sealed class StepModel(IClientBriefings briefings) : PageModel
{
    public static BriefingSection[] Steps { get; } = Enum.GetValues<BriefingSection>();

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Step { get; set; }

    [BindProperty]
    public StepInput Input { get; set; } = new();

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

        Input = StepInput.From(Form);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? then, CancellationToken cancellationToken)
    {
        if (Section is not { } section)
        {
            return NotFound();
        }

        var result = await briefings.SaveAsync(User.UserId(), Id, section, Input.ToBriefingInput(), cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (ModelState.AddErrors(result))
        {
            await LoadAsync(cancellationToken);
            Input.PadCriteria();
            return Page();
        }

        if (then == "later")
        {
            TempData["Confirmation"] = "Saved. Come back to this briefing at any time from your client portal.";
            return Redirect("/client");
        }

        var next = Array.IndexOf(Steps, section) + 1;
        TempData["Confirmation"] = $"{section.Describe()} saved.";
        return Redirect($"/client/briefings/{Id}/{(next < Steps.Length ? Slug(Steps[next]) : "review")}");
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        var result = await briefings.SubmitAsync(User.UserId(), Id, User.DisplayName(), cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (ModelState.AddErrors(result, prefix: ""))
        {
            Step = "review";
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Confirmation"] = "Thank you: your briefing is submitted. Your coordinator reviews it and will come back to you if anything needs clarifying.";
        return Redirect("/client");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var form = await briefings.GetAsync(User.UserId(), Id, cancellationToken);
        if (form is null)
        {
            return false;
        }

        Form = form;
        return true;
    }

    public sealed class StepInput
    {
        public string? Situation { get; set; }

        public string? WhyNow { get; set; }

        public string? CostOfVacancy { get; set; }

        public List<CriterionRow> SuccessCriteria { get; set; } = [];

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

        public static StepInput From(BriefingForm form)
        {
            var b = form.Briefing;
            var input = new StepInput
            {
                Situation = b.Situation, WhyNow = b.WhyNow, CostOfVacancy = b.CostOfVacancy,
                SuccessCriteria = b.SuccessCriteria.Select(c => new CriterionRow { Outcome = c.Outcome, Measure = c.Measure, Horizon = c.Horizon }).ToList(),
                Mandate = b.Mandate, DecisionRights = b.DecisionRights, Team = b.Team, KeyStakeholders = b.KeyStakeholders,
                MustHaves = b.MustHaves, DealBreakers = b.DealBreakers,
                OnSiteDaysPerWeek = b.OnSiteDaysPerWeek, Travel = b.Travel, PreferredStart = b.PreferredStart, DurationMonths = b.DurationMonths,
                DayRateFrom = form.Commercial.DayRateFrom, DayRateTo = form.Commercial.DayRateTo, Currency = form.Commercial.Currency,
                CommercialNotes = form.Commercial.Notes,
            };
            input.PadCriteria();
            return input;
        }

        /// <summary>Five rows always, so that the executive can add criteria up to the maximum.</summary>
        public void PadCriteria()
        {
            while (SuccessCriteria.Count < 5)
            {
                SuccessCriteria.Add(new CriterionRow());
            }
        }

        public BriefingInput ToBriefingInput() => new()
        {
            Situation = Situation, WhyNow = WhyNow, CostOfVacancy = CostOfVacancy,
            SuccessCriteria = SuccessCriteria.Select(c => new CriterionInput(c.Outcome, c.Measure, c.Horizon)).ToList(),
            Mandate = Mandate, DecisionRights = DecisionRights, Team = Team, KeyStakeholders = KeyStakeholders,
            MustHaves = MustHaves, DealBreakers = DealBreakers,
            OnSiteDaysPerWeek = OnSiteDaysPerWeek, Travel = Travel, PreferredStart = PreferredStart, DurationMonths = DurationMonths,
            DayRateFrom = DayRateFrom, DayRateTo = DayRateTo, Currency = Currency, CommercialNotes = CommercialNotes,
        };
    }

    public sealed class CriterionRow
    {
        public string? Outcome { get; set; }

        public string? Measure { get; set; }

        public Horizon? Horizon { get; set; }
    }
}
