using InterimExchange.Relationships.Features.AnswerConversation;
using InterimExchange.Relationships.Features.KeepInTouch;
using InterimExchange.Relationships.Features.ListConversations;
using InterimExchange.Relationships.Features.RequestConversation;
using InterimExchange.Relationships.Features.ViewConversations;

namespace InterimExchange.Relationships;

internal sealed class RelationshipsFacade(RelationshipsHandler relationships) : IRelationships
{
    public Task<RelationshipPage> ListAsync(Viewer viewer, int page, CancellationToken cancellationToken) => relationships.ListAsync(viewer, page, cancellationToken);

    public Task<KeepInTouchPage> KeepInTouchAsync(Guid rpoId, int page, int pageSize, CancellationToken cancellationToken) =>
        relationships.KeepInTouchAsync(rpoId, page, pageSize, cancellationToken);

    public Task<RelationshipView?> GetAsync(Viewer viewer, Guid relationshipId, int timelinePage, CancellationToken cancellationToken) =>
        relationships.GetAsync(viewer, relationshipId, timelinePage, cancellationToken);

    public Task<Result> SetCadenceAsync(Viewer viewer, Guid relationshipId, int? weeks, CancellationToken cancellationToken) =>
        relationships.SetCadenceAsync(viewer, relationshipId, weeks, cancellationToken);

    public Task<Result> LogContactAsync(Viewer viewer, LogContact input, CancellationToken cancellationToken) => relationships.LogContactAsync(viewer, input, cancellationToken);

    public Task<Result> AddNoteAsync(Viewer viewer, AddNote input, CancellationToken cancellationToken) => relationships.AddNoteAsync(viewer, input, cancellationToken);
}

internal sealed class ConversationsFacade(RequestConversationHandler request, ConversationChangesHandler changes, ViewConversationsHandler views,
    ListConversationsHandler lists) : IConversations
{
    public Task<ConversationOptions?> OptionsAsync(Viewer viewer, Guid relationshipId, Guid? briefId, CancellationToken cancellationToken) =>
        request.OptionsAsync(viewer, relationshipId, briefId, cancellationToken);

    public Task<Result> RequestAsync(Viewer viewer, RequestConversation input, CancellationToken cancellationToken) => request.HandleAsync(viewer, input, cancellationToken);

    public Task<ConversationView?> GetAsync(Viewer viewer, Guid conversationId, CancellationToken cancellationToken) => views.GetAsync(viewer, conversationId, cancellationToken);

    public Task<Result> ProposeTimesAsync(Viewer viewer, ProposeTimes input, CancellationToken cancellationToken) => changes.ProposeAsync(viewer, input, cancellationToken);

    public Task<Result> AcceptAsync(Viewer viewer, AcceptConversation input, CancellationToken cancellationToken) => changes.AcceptAsync(viewer, input, cancellationToken);

    public Task<Result> DeclineAsync(Viewer viewer, Guid conversationId, string? reason, CancellationToken cancellationToken) =>
        changes.DeclineAsync(viewer, conversationId, reason, cancellationToken);

    public Task<Result> MoveAsync(Viewer viewer, MoveConversation input, CancellationToken cancellationToken) => changes.MoveAsync(viewer, input, cancellationToken);

    public Task<Result> CancelAsync(Viewer viewer, Guid conversationId, string? reason, CancellationToken cancellationToken) =>
        changes.CancelAsync(viewer, conversationId, reason, cancellationToken);

    public Task<Result> RecordAsync(Viewer viewer, RecordConversation input, CancellationToken cancellationToken) => changes.RecordAsync(viewer, input, cancellationToken);

    public Task<Result> DidNotHappenAsync(Viewer viewer, Guid conversationId, string? reason, CancellationToken cancellationToken) =>
        changes.DidNotHappenAsync(viewer, conversationId, reason, cancellationToken);

    public Task<CalendarFile?> CalendarAsync(Viewer viewer, Guid conversationId, CancellationToken cancellationToken) =>
        views.CalendarAsync(viewer, conversationId, cancellationToken);

    public Task<ConversationsOwed> OwedAsync(Viewer viewer, CancellationToken cancellationToken) => views.OwedAsync(viewer, cancellationToken);

    public Task<IReadOnlyList<ConversationSummary>> ForBriefAsync(Viewer viewer, Guid briefId, CancellationToken cancellationToken) =>
        views.ForBriefAsync(viewer, briefId, cancellationToken);

    public Task<ConversationListPage> ListAsync(Viewer viewer, ConversationList list, int page, int pageSize, CancellationToken cancellationToken) =>
        lists.ListAsync(viewer, list, page, pageSize, cancellationToken);
}
