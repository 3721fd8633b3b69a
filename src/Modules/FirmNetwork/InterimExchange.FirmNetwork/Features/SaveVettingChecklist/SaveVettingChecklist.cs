using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.FirmNetwork.Features.SaveVettingChecklist;

internal sealed class SaveVettingChecklistValidator : AbstractValidator<SaveVettingChecklistCommand>
{
    public SaveVettingChecklistValidator()
    {
        RuleFor(c => c.Checklist).Must(entries => entries.Select(e => e.Item).Distinct().Count() == entries.Count)
            .WithMessage("Each check appears once: reload the page and save the checklist again.")
            .OverridePropertyName("");
        RuleForEach(c => c.Checklist).ChildRules(entry =>
        {
            entry.RuleFor(e => e.Item).IsInEnum().WithMessage("That is not one of the checks: reload the page and try again.");
            entry.RuleFor(e => e.Note).MaximumLength(1000).WithMessage("Keep each note to 1,000 characters.");
        });
    }
}

/// <summary>A vetting officer ticks the checks of a review as they are done, with notes.</summary>
internal sealed class SaveVettingChecklistHandler(FirmNetworkDbContext db, Changes<FirmNetworkDbContext> changes) : ICommandHandler<SaveVettingChecklistCommand>
{
    public Task<Result> HandleAsync(SaveVettingChecklistCommand command, CancellationToken cancellationToken) =>
        changes.ApplyToReviewedFirmAsync(db, command.By, command.FirmId, (firm, now) =>
        {
            firm.SaveChecklist(command.Checklist, command.By.Name, now);
            return null;
        }, cancellationToken);
}
