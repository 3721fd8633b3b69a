using FluentValidation;

namespace InterimExchange.FirmNetwork.Features.SaveVettingChecklist;

internal sealed class VettingChecklistValidator : AbstractValidator<IReadOnlyList<ChecklistEntry>>
{
    public VettingChecklistValidator()
    {
        RuleFor(entries => entries).Must(entries => entries.Select(e => e.Item).Distinct().Count() == entries.Count)
            .WithMessage("Each check appears once: reload the page and save the checklist again.")
            .OverridePropertyName("");
        RuleForEach(entries => entries).ChildRules(entry =>
        {
            entry.RuleFor(e => e.Item).IsInEnum().WithMessage("That is not one of the checks: reload the page and try again.");
            entry.RuleFor(e => e.Note).MaximumLength(1000).WithMessage("Keep each note to 1,000 characters.");
        }).OverridePropertyName("Checklist");
    }
}

/// <summary>A vetting officer ticks the checks of a review as they are done, with notes.</summary>
internal sealed class SaveVettingChecklistHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes, IValidator<IReadOnlyList<ChecklistEntry>> validator)
{
    public async Task<Result> HandleAsync(Guid firmId, string actor, IReadOnlyList<ChecklistEntry> checklist, CancellationToken cancellationToken) =>
        await validator.RefusalAsync(checklist, cancellationToken)
        ?? await changes.ApplyAsync(db, firmId, (firm, now) =>
        {
            firm.SaveChecklist(checklist, actor, now);
            return null;
        }, cancellationToken);
}
