using FluentValidation;

namespace InterimExchange.Briefs.Features.AskForClarification;

internal sealed class ClarificationRequestValidator : AbstractValidator<ClarificationRequest>
{
    public const int NoteLength = 2000;

    public ClarificationRequestValidator()
    {
        RuleFor(r => r.Sections).NotEmpty().WithMessage("Choose at least one section to clarify.")
            .Must(s => s.Count <= Enum.GetValues<BriefingSection>().Length).WithMessage("Choose each section once.");
        RuleFor(r => r.Note).NotEmpty().WithMessage("Say what needs clarifying: the executive sees exactly this.")
            .MaximumLength(NoteLength).WithMessage("Keep the note to 2,000 characters.");
    }
}

/// <summary>The coordinator sends a submitted briefing back to the executive with the sections to clarify and a note.</summary>
internal sealed class AskForClarificationHandler(BriefsDbContext db, Changes<BriefsDbContext> changes, IValidator<ClarificationRequest> validator)
{
    public async Task<Result> HandleAsync(BriefCommand command, ClarificationRequest request, CancellationToken cancellationToken)
    {
        if (await validator.RefusalAsync(request, cancellationToken) is { } refused)
        {
            return refused;
        }

        return await changes.ApplyAsync(c => db.Briefs.OfRpoAsync(command.RpoId, command.BriefId, c), async (brief, now) =>
        {
            brief.RequestClarification(request.Sections, request.Note!, command.Actor, now);
            // The executive works on the briefing again: their invitation shows in progress, not submitted, in the same save.
            var submitted = await db.BriefingInvitations.Where(i => i.BriefId == brief.Id && i.SubmittedAtUtc != null && i.RevokedAtUtc == null)
                .ToListAsync(cancellationToken);
            submitted.ForEach(i => i.Reopened());
            return (object?)null;
        }, cancellationToken);
    }
}
