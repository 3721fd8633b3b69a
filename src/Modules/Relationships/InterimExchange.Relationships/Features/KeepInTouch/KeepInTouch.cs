using FluentValidation;
using InterimExchange.Relationships.Contracts.IntegrationEvents;

namespace InterimExchange.Relationships.Features.KeepInTouch;

internal sealed class LogContactValidator : AbstractValidator<LogContact>
{
    public LogContactValidator()
    {
        RuleFor(c => c.Kind).NotNull().WithMessage("Choose call, meeting or message.").IsInEnum().WithMessage("Choose call, meeting or message.");
        RuleFor(c => c.On).NotNull().WithMessage("Give the date of the contact.");
        RuleFor(c => c.Summary).NotEmpty().WithMessage("Write a line of what was said.").MaximumLength(1000).WithMessage("Keep it to 1,000 characters.");
    }
}

internal sealed class AddNoteValidator : AbstractValidator<AddNote>
{
    public AddNoteValidator() =>
        RuleFor(n => n.Text).NotEmpty().WithMessage("Write the note.").MaximumLength(2000).WithMessage("Keep a note to 2,000 characters.");
}

/// <summary>
/// The relationships, their timelines and keeping in touch: lists read through the indexes a page at a time, a contact logged or a
/// note added through the one shape of a change, both private to the organisation that wrote them, as are each side's cadence and next step.
/// </summary>
internal sealed class RelationshipsHandler(
    RelationshipsDbContext db,
    Parties parties,
    Changes<RelationshipsDbContext> changes,
    IValidator<LogContact> contactValidator,
    IValidator<AddNote> noteValidator,
    TimeProvider clock)
{
    public const int PageSize = 25;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<RelationshipPage> ListAsync(Viewer viewer, int page, CancellationToken cancellationToken)
    {
        var visible = parties.Visible(viewer).AsNoTracking();
        var total = await visible.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var today = Today;
        var rpo = viewer.Kind == PartyKind.Rpo;
        // Each side reads its own due date and next step, never the other's. Overdue first (a null due date sorts last), then by name.
        var items = await (rpo
                ? visible.OrderBy(r => r.DueOn == null).ThenBy(r => r.DueOn).ThenBy(r => r.CounterpartName)
                    .Skip((page - 1) * PageSize).Take(PageSize)
                    .Select(r => new RelationshipSummary(r.Id, r.CounterpartName, r.Kind, r.LastContactAtUtc, r.DueOn, r.NextStep, r.NextStepOn, r.CadenceWeeks,
                        r.DueOn != null && r.DueOn <= today))
                : visible.OrderBy(r => r.CounterpartDueOn == null).ThenBy(r => r.CounterpartDueOn).ThenBy(r => r.RpoName)
                    .Skip((page - 1) * PageSize).Take(PageSize)
                    .Select(r => new RelationshipSummary(r.Id, r.RpoName, r.Kind, r.LastContactAtUtc, r.CounterpartDueOn, r.CounterpartNextStep, r.CounterpartNextStepOn,
                        r.CounterpartCadenceWeeks, r.CounterpartDueOn != null && r.CounterpartDueOn <= today)))
            .ToListAsync(cancellationToken);
        return new RelationshipPage(items, page, pages, total);
    }

    public async Task<KeepInTouchPage> KeepInTouchAsync(Guid rpoId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var today = Today;
        var due = db.Relationships.AsNoTracking().Where(r => r.RpoOrganisationId == rpoId && r.DueOn != null && r.DueOn <= today);
        var total = await due.CountAsync(cancellationToken);
        var rows = await due.OrderBy(r => r.DueOn).ThenBy(r => r.CounterpartName)
            .Skip((Math.Max(1, page) - 1) * pageSize).Take(pageSize)
            .Select(r => new { r.Id, r.CounterpartName, r.Kind, DueOn = r.DueOn!.Value, r.Highlight, r.LastContactAtUtc, r.StartedAtUtc })
            .ToListAsync(cancellationToken);
        return new KeepInTouchPage(rows.Select(r => new KeepInTouchItem(r.Id, r.CounterpartName, r.Kind, r.DueOn, today.DayNumber - r.DueOn.DayNumber,
            Relationship.Reason(r.Highlight, r.LastContactAtUtc, r.StartedAtUtc))).ToList(), total);
    }

    public async Task<RelationshipView?> GetAsync(Viewer viewer, Guid relationshipId, int timelinePage, CancellationToken cancellationToken)
    {
        var relationship = await parties.Visible(viewer).AsNoTracking().SingleOrDefaultAsync(r => r.Id == relationshipId, cancellationToken);
        if (relationship is null)
        {
            return null;
        }

        // What the other organisation wrote privately never leaves this query.
        var timeline = db.Timeline.AsNoTracking().Where(e => e.RelationshipId == relationshipId && (e.PrivateTo == null || e.PrivateTo == viewer.OrganisationId));
        var total = await timeline.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        timelinePage = Math.Clamp(timelinePage, 1, pages);
        var entries = await timeline.OrderByDescending(e => e.AtUtc).Skip((timelinePage - 1) * PageSize).Take(PageSize)
            .Select(e => new TimelineItem(e.AtUtc, e.Kind, e.Text, e.PrivateTo != null, e.ConversationId))
            .ToListAsync(cancellationToken);
        var today = Today;
        var conversations = await parties.Conversations(viewer).AsNoTracking().Where(c => c.RelationshipId == relationshipId)
            .OrderByDescending(c => c.RequestedAtUtc).Take(10).ToListAsync(cancellationToken);
        var rpo = viewer.Kind == PartyKind.Rpo;
        var own = relationship.Own(Parties.SideOf(viewer));
        return new RelationshipView(relationship.Id, relationship.RpoOrganisationId, relationship.RpoName, relationship.CounterpartId, relationship.CounterpartName,
            relationship.Kind, rpo, own.CadenceWeeks, relationship.StartedAtUtc, relationship.LastContactAtUtc, own.DueOn, own.NextStep,
            own.NextStepOn, rpo && relationship.IsDue(today) ? Relationship.Reason(relationship.Highlight, relationship.LastContactAtUtc, relationship.StartedAtUtc) : null,
            conversations.Select(c => ProposedTimes.Summary(c, viewer, today)).ToList(), entries, timelinePage, pages);
    }

    public Task<Result> SetCadenceAsync(Viewer viewer, Guid relationshipId, int? weeks, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => parties.Visible(viewer).SingleOrDefaultAsync(r => r.Id == relationshipId, c), (relationship, _) =>
        {
            relationship.SetCadence(Parties.SideOf(viewer), weeks);
            return (object?)null;
        }, cancellationToken);

    public async Task<Result> LogContactAsync(Viewer viewer, LogContact input, CancellationToken cancellationToken) =>
        await contactValidator.RefusalAsync(input, cancellationToken)
        ?? await changes.ApplyAsync(c => parties.Visible(viewer).SingleOrDefaultAsync(r => r.Id == input.RelationshipId, c), (relationship, now) =>
        {
            var on = input.On!.Value;
            var at = relationship.ContactLogged(on, now);
            db.Timeline.Add(new TimelineEntry(relationship.Id, at, TimelineKind.Contact, $"{input.Kind!.Value.Describe()} logged by {viewer.Name}: {input.Summary!.Trim()}",
                privateTo: viewer.OrganisationId));
            return new ContactLogged(relationship.Id, relationship.RpoOrganisationId, relationship.CounterpartId, viewer.OrganisationId, input.Kind.Value, on, now);
        }, cancellationToken);

    public async Task<Result> AddNoteAsync(Viewer viewer, AddNote input, CancellationToken cancellationToken) =>
        await noteValidator.RefusalAsync(input, cancellationToken)
        ?? await changes.ApplyAsync(c => parties.Visible(viewer).SingleOrDefaultAsync(r => r.Id == input.RelationshipId, c), (relationship, now) =>
        {
            db.Timeline.Add(new TimelineEntry(relationship.Id, now, TimelineKind.Note, $"Note by {viewer.Name}: {input.Text!.Trim()}", privateTo: viewer.OrganisationId));
            return (object?)null;
        }, cancellationToken);
}
