using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Features.RequestConversation;

internal sealed class RequestConversationValidator : AbstractValidator<RequestConversationCommand>
{
    public RequestConversationValidator()
    {
        RuleFor(r => r.Purpose).NotEmpty().WithMessage("Say in a sentence why you want to talk: \"We need to talk because…\".")
            .MaximumLength(300).WithMessage("Keep the purpose to one sentence of at most 300 characters.");
        RuleFor(r => r.Agenda).MaximumLength(2000).WithMessage("Keep the agenda to 2,000 characters.");
        RuleFor(r => r.Format).NotNull().WithMessage("Choose how you will talk: phone, video or in person.").IsInEnum().WithMessage("Choose how you will talk: phone, video or in person.");
        RuleFor(r => r.Where).NotEmpty().When(r => r.Format == ConversationFormat.Video, ApplyConditionTo.CurrentValidator).WithMessage("Give the video link.")
            .NotEmpty().When(r => r.Format == ConversationFormat.InPerson, ApplyConditionTo.CurrentValidator).WithMessage("Say where you will meet.")
            .MaximumLength(500).WithMessage("Keep this to 500 characters.");
        RuleFor(r => r.Minutes).NotNull().WithMessage("Choose how long the conversation takes.")
            .InclusiveBetween(15, 240).WithMessage("A conversation takes between 15 minutes and 4 hours.");
        RuleFor(r => r.Time1).NotNull().WithMessage("Propose a first time.");
        RuleFor(r => r.Time2).NotNull().WithMessage("Propose a second time, so that the other side can choose.");
        RuleFor(r => r.With).NotNull().When(r => !r.ThroughCoordinator).WithMessage("Choose whom you want to talk to.");
        RuleFor(r => r.BriefId).NotNull().When(r => r.ThroughCoordinator).WithMessage("Choose the brief whose client executive you want to meet.");
    }
}

/// <summary>
/// Someone asks for a conversation with someone they work with: a coordinator with a firm's or a client's people, a firm or a
/// client executive with the RPO's coordinators, and a firm with a brief's client executive only through the coordinator who routed it.
/// </summary>
internal sealed class RequestConversationHandler(RelationshipsDbContext db, Parties parties, Changes<RelationshipsDbContext> changes)
    : ICommandHandler<RequestConversationCommand>
{
    public async Task<Result> HandleAsync(RequestConversationCommand request, CancellationToken cancellationToken)
    {
        var viewer = request.By;
        var relationship = await parties.Visible(viewer).SingleOrDefaultAsync(r => r.Id == request.RelationshipId, cancellationToken);
        if (relationship is null)
        {
            return Result.NotFound();
        }

        var brief = request.BriefId is { } briefId ? (await db.BriefsOf(relationship).ToListAsync(cancellationToken)).SingleOrDefault(b => b.BriefId == briefId) : null;
        if (request.BriefId is not null && brief is null)
        {
            return Result.Failure(nameof(request.BriefId), "Choose one of the briefs you work on together.");
        }

        Person? responder;
        if (request.ThroughCoordinator)
        {
            // A firm reaches a client executive only through the coordinator who routed the brief, who approves and joins.
            var routed = viewer.Party() == PartyKind.Firm
                ? await db.RoutedBriefs.AsNoTracking().SingleOrDefaultAsync(r => r.BriefId == brief!.BriefId && r.FirmId == viewer.OrganisationId, cancellationToken)
                : null;
            if (routed is null)
            {
                return Result.Failure(nameof(request.ThroughCoordinator), "Only a firm can ask, through the coordinator, to meet the client executive of a brief routed to it.");
            }

            var coordinators = await parties.OtherSideAsync(viewer, relationship, cancellationToken);
            responder = coordinators.FirstOrDefault(p => p.UserId == routed.CoordinatorId) ?? coordinators.FirstOrDefault();
        }
        else
        {
            responder = (await parties.OtherSideAsync(viewer, relationship, cancellationToken)).FirstOrDefault(p => p.UserId == request.With);
        }

        if (responder is null)
        {
            return Result.Failure(nameof(request.With), "Choose someone you work with from the list.");
        }

        var (times, problems) = ProposedTimes.ToUtc(viewer.TimeZone, request.Time1, request.Time2, request.Time3);
        if (problems.Count > 0)
        {
            return new Result(problems);
        }

        return await changes.ApplyAsync(now =>
        {
            var conversation = Conversation.Request(relationship, Person.Of(viewer), responder, request.ThroughCoordinator, brief?.BriefId, brief?.RoleTitle,
                request.Purpose!.Trim(), Blank(request.Agenda), request.Format!.Value, Blank(request.Where), request.Minutes!.Value, times, request.RespondBy, now);
            db.Conversations.Add(conversation);
            db.Timeline.Add(new TimelineEntry(relationship.Id, now, TimelineKind.Conversation,
                $"{viewer.Name} ({viewer.OrganisationName}) asked {responder.Name} for a conversation{(request.ThroughCoordinator ? " with the client executive" : "")}: {conversation.Purpose}",
                briefId: conversation.BriefId, conversationId: conversation.Id));
            return new Created(conversation.Id, new Contracts.IntegrationEvents.ConversationRequested(conversation.Id, relationship.Id, conversation.BriefId, conversation.Purpose,
                conversation.Requester.Party, responder.Party, request.ThroughCoordinator, conversation.RespondBy, now));
        }, cancellationToken);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
