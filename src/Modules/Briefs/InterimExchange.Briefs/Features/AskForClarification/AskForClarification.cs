using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.AskForClarification;

internal sealed class AskForClarificationValidator : AbstractValidator<AskForClarificationCommand>
{
    public const int NoteLength = 2000;

    public AskForClarificationValidator()
    {
        RuleFor(r => r.Sections).NotEmpty().WithMessage("Choose at least one section to clarify.")
            .Must(s => s.Count <= Enum.GetValues<BriefingSection>().Length).WithMessage("Choose each section once.");
        RuleFor(r => r.Note).NotEmpty().WithMessage("Say what needs clarifying: the executive sees exactly this.")
            .MaximumLength(NoteLength).WithMessage("Keep the note to 2,000 characters.");
    }
}

/// <summary>The coordinator sends a submitted briefing back to the executive with the sections to clarify and a note.</summary>
internal sealed class AskForClarificationHandler(BriefsDbContext db, Changes<BriefsDbContext> changes) : ICommandHandler<AskForClarificationCommand>
{
    public async Task<Result> HandleAsync(AskForClarificationCommand command, CancellationToken cancellationToken)
    {
        return await changes.ApplyAsync(c => db.Briefs.OfRpoAsync(command.By.OrganisationId, command.BriefId, c), async (brief, now) =>
        {
            brief.RequestClarification(command.Sections, command.Note!, command.By.Name, now);
            // The executive works on the briefing again: their invitation shows in progress, not submitted, in the same save.
            var submitted = await db.BriefingInvitations.Where(i => i.BriefId == brief.Id && i.SubmittedAtUtc != null && i.RevokedAtUtc == null)
                .ToListAsync(cancellationToken);
            submitted.ForEach(i => i.Reopened());
            return (object?)null;
        }, cancellationToken);
    }
}
