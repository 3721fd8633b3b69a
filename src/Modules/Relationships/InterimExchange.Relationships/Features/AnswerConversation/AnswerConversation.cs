using FluentValidation;
using InterimExchange.Relationships.Contracts.IntegrationEvents;
using Microsoft.Extensions.Options;

namespace InterimExchange.Relationships.Features.AnswerConversation;

internal sealed class ProposeTimesValidator : AbstractValidator<ProposeTimes>
{
    public ProposeTimesValidator() => RuleFor(p => p.Time1).NotNull().WithMessage("Propose at least one time.");
}

internal sealed class MoveConversationValidator : AbstractValidator<MoveConversation>
{
    public MoveConversationValidator()
    {
        RuleFor(m => m.Time).NotNull().WithMessage("Choose the new time.");
        RuleFor(m => m.Reason).NotEmpty().WithMessage("Say why it moves: everyone reads it.").MaximumLength(1000).WithMessage("Keep the reason to 1,000 characters.");
    }
}

internal sealed class RecordConversationValidator : AbstractValidator<RecordConversation>
{
    public RecordConversationValidator()
    {
        RuleFor(r => r.Agreed).NotEmpty().WithMessage("Write one line of what was agreed.").MaximumLength(1000).WithMessage("Keep it to 1,000 characters.");
        RuleFor(r => r.NextStep).MaximumLength(500).WithMessage("Keep the next step to 500 characters.");
        RuleFor(r => r.NextStepOn).NotNull().When(r => !string.IsNullOrWhiteSpace(r.NextStep)).WithMessage("Give the next step a date: you will be reminded on it.");
    }
}

/// <summary>Why a conversation is declined, cancelled or did not happen: required, bounded, with the question the form asks.</summary>
internal sealed record ClosingReason(string? Reason, string Asking);

internal sealed class ClosingReasonValidator : AbstractValidator<ClosingReason>
{
    public ClosingReasonValidator() =>
        RuleFor(r => r.Reason).NotEmpty().WithMessage(r => r.Asking).MaximumLength(1000).WithMessage("Keep it to 1,000 characters.");
}

/// <summary>
/// Every change to a conversation after its request: the other side answers (accepts a time, proposes others, declines), anyone in
/// it moves or cancels it, and after its time each side records what was agreed or that it did not happen. Each goes through the
/// one shape of a change, on a conversation found within the viewer's tenancy; an agreed, moved or cancelled one emails everyone
/// the calendar file in the same save.
/// </summary>
internal sealed class ConversationChangesHandler(
    RelationshipsDbContext db,
    Parties parties,
    Changes<RelationshipsDbContext> changes,
    IValidator<ProposeTimes> proposeValidator,
    IValidator<MoveConversation> moveValidator,
    IValidator<RecordConversation> recordValidator,
    IValidator<ClosingReason> reasonValidator,
    IOptions<SiteOptions> site)
{
    public async Task<Result> ProposeAsync(Viewer viewer, ProposeTimes input, CancellationToken cancellationToken)
    {
        if (await proposeValidator.RefusalAsync(input, cancellationToken) is { } refused)
        {
            return refused;
        }

        var (times, problems) = ProposedTimes.ToUtc(viewer.TimeZone, input.Time1, input.Time2, input.Time3);
        if (problems.Count > 0)
        {
            return new Result(problems);
        }

        var guest = await GuestAsync(input.ConversationId, input.Guest, cancellationToken);
        return await ApplyAsync(viewer, input.ConversationId, (conversation, now) =>
        {
            var proposed = conversation.ProposeTimes(viewer, times, guest, now);
            Note(conversation, now, $"{viewer.Name} proposed other times{(guest is null ? "" : $", bringing in {guest.Name}")}.");
            return new object[] { proposed, Answered(conversation, proposed.By, now) };
        }, cancellationToken);
    }

    public async Task<Result> AcceptAsync(Viewer viewer, AcceptConversation input, CancellationToken cancellationToken)
    {
        var guest = await GuestAsync(input.ConversationId, input.Guest, cancellationToken);
        return await ApplyAsync(viewer, input.ConversationId, async (conversation, now) =>
        {
            var accepted = conversation.Accept(viewer, input.StartsAtUtc, guest, now);
            Note(conversation, now, $"{viewer.Name} accepted: {conversation.Purpose.TrimEnd('.')}. Agreed for {conversation.When(Zone(conversation))}.");
            (await db.Relationships.SingleAsync(r => r.Id == conversation.RelationshipId, cancellationToken))
                .ConversationAgreed(DateOnly.FromDateTime(conversation.StartsAtUtc!.Value));
            return Invitations(conversation, "Conversation agreed", now).Append(accepted).Append(Answered(conversation, accepted.By, now));
        }, cancellationToken);
    }

    public async Task<Result> DeclineAsync(Viewer viewer, Guid conversationId, string? reason, CancellationToken cancellationToken) =>
        await reasonValidator.RefusalAsync(new ClosingReason(reason, "Say why you decline: they will read it."), cancellationToken)
        ?? await ApplyAsync(viewer, conversationId, (conversation, now) =>
        {
            var declined = conversation.Decline(viewer, reason!.Trim(), now);
            Note(conversation, now, $"{viewer.Name} declined the conversation: {reason.Trim()}");
            return new object[] { declined, Answered(conversation, declined.By, now) };
        }, cancellationToken);

    public async Task<Result> MoveAsync(Viewer viewer, MoveConversation input, CancellationToken cancellationToken)
    {
        if (await moveValidator.RefusalAsync(input, cancellationToken) is { } refused)
        {
            return refused;
        }

        var (times, problems) = ProposedTimes.ToUtc(viewer.TimeZone, input.Time);
        if (problems.Count > 0)
        {
            return new Result(problems.ToDictionary(p => "Time", p => p.Value));
        }

        return await ApplyAsync(viewer, input.ConversationId, (conversation, now) =>
        {
            var moved = conversation.Move(viewer, times[0], input.Reason!.Trim(), now);
            Note(conversation, now, $"{viewer.Name} moved the conversation to {conversation.When(Zone(conversation))}: {moved.Reason}");
            return Invitations(conversation, "Conversation moved", now, moved.Reason).Append(moved);
        }, cancellationToken);
    }

    public async Task<Result> CancelAsync(Viewer viewer, Guid conversationId, string? reason, CancellationToken cancellationToken) =>
        await reasonValidator.RefusalAsync(new ClosingReason(reason, "Say why you cancel: everyone in it reads it."), cancellationToken)
        ?? await ApplyAsync(viewer, conversationId, (conversation, now) =>
        {
            var cancelled = conversation.Cancel(viewer, reason!.Trim(), now);
            Note(conversation, now, $"{viewer.Name} cancelled the conversation: {cancelled.Reason}");
            return cancelled.WasAgreed ? Invitations(conversation, "Conversation cancelled", now).Append(cancelled) : new object[] { cancelled };
        }, cancellationToken);

    public async Task<Result> RecordAsync(Viewer viewer, RecordConversation input, CancellationToken cancellationToken)
    {
        if (await recordValidator.RefusalAsync(input, cancellationToken) is { } refused)
        {
            return refused;
        }

        return await ApplyAsync(viewer, input.ConversationId, async (conversation, now) =>
        {
            var nextStep = string.IsNullOrWhiteSpace(input.NextStep) ? null : input.NextStep.Trim();
            var held = conversation.Record(viewer, input.Agreed!.Trim(), nextStep, input.NextStepOn, now);
            Note(conversation, now, $"Conversation held: {conversation.Purpose}. {viewer.Name} ({viewer.OrganisationName}) recorded: {held.Agreed}");
            var relationship = await db.Relationships.SingleAsync(r => r.Id == conversation.RelationshipId, cancellationToken);
            relationship.Contacted(conversation.StartsAtUtc!.Value);
            if (nextStep is not null)
            {
                // A next step is the recorder's organisation's own, like its notes: the other side never reads it.
                relationship.NextStepAgreed(Parties.SideOf(viewer), nextStep, input.NextStepOn);
                db.Timeline.Add(new TimelineEntry(conversation.RelationshipId, now, TimelineKind.Conversation, $"Next step agreed by {viewer.Name}: {nextStep}, by {input.NextStepOn:d MMMM yyyy}.",
                    privateTo: viewer.OrganisationId, briefId: conversation.BriefId, conversationId: conversation.Id));
            }

            return (object?)held;
        }, cancellationToken);
    }

    public async Task<Result> DidNotHappenAsync(Viewer viewer, Guid conversationId, string? reason, CancellationToken cancellationToken) =>
        await reasonValidator.RefusalAsync(new ClosingReason(reason, "Say why it did not happen."), cancellationToken)
        ?? await ApplyAsync(viewer, conversationId, (conversation, now) =>
        {
            var missed = conversation.DidNotHappen(viewer, reason!.Trim(), now);
            Note(conversation, now, $"The conversation did not happen, says {viewer.Name}: {missed.Reason}");
            return missed;
        }, cancellationToken);

    private Task<Result> ApplyAsync(Viewer viewer, Guid conversationId, Func<Conversation, DateTime, object?> change, CancellationToken cancellationToken) =>
        ApplyAsync(viewer, conversationId, (conversation, now) => Task.FromResult(change(conversation, now)), cancellationToken);

    private Task<Result> ApplyAsync(Viewer viewer, Guid conversationId, Func<Conversation, DateTime, Task<object?>> change, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => parties.Conversations(viewer).SingleOrDefaultAsync(x => x.Id == conversationId, c), change, cancellationToken);

    /// <summary>The executive a coordinator brings in, when one is named: one of the brief's client's executives, or nobody.</summary>
    private async Task<Person?> GuestAsync(Guid conversationId, Guid? guestId, CancellationToken cancellationToken)
    {
        if (guestId is null)
        {
            return null;
        }

        var briefId = await db.Conversations.Where(c => c.Id == conversationId).Select(c => c.BriefId).SingleOrDefaultAsync(cancellationToken);
        return (await parties.ClientExecutivesAsync(briefId, cancellationToken)).FirstOrDefault(p => p.UserId == guestId);
    }

    private void Note(Conversation conversation, DateTime now, string text) =>
        db.Timeline.Add(new TimelineEntry(conversation.RelationshipId, now, TimelineKind.Conversation, text, briefId: conversation.BriefId, conversationId: conversation.Id));

    private IEnumerable<object> Invitations(Conversation conversation, string what, DateTime now, string? why = null) =>
        ConversationCalendar.Emails(conversation, what, site.Value.Link(PortalLinks.Conversation(conversation.Id)).ToString(), now, why);

    private static ConversationAnswered Answered(Conversation conversation, ConversationParty by, DateTime now) => new(conversation.Id, by, now);

    /// <summary>Times in the timeline are written in the requester's zone, named.</summary>
    private static string Zone(Conversation conversation) => conversation.Requester.TimeZone;
}
