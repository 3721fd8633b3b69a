using System.Globalization;
using InterimExchange.BuildingBlocks.Time;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Features.ListConversations;

/// <summary>
/// A person's conversations in three lists (agreed and to come, awaiting an answer, past), each a page at a time: one query per list,
/// projected to the columns a line needs, within what <see cref="Parties"/> lets the viewer see.
/// </summary>
internal sealed class ListConversationsHandler(Parties parties, TimeProvider clock) : IQueryHandler<ListConversationsQuery, ConversationListPage>
{
    /// <summary>Far enough for any person's history; a page number past it never reaches the database as a huge offset.</summary>
    private const int LastPage = 10_000;

    public async Task<ConversationListPage> HandleAsync(ListConversationsQuery query, CancellationToken cancellationToken)
    {
        var (viewer, list) = (query.By, query.List);
        var now = clock.GetUtcNow().UtcDateTime;
        var pageSize = Math.Clamp(query.PageSize, 1, 50);
        var page = Math.Clamp(query.Page, 1, LastPage);
        var visible = parties.Conversations(viewer).AsNoTracking();
        var ordered = list switch
        {
            ConversationList.Upcoming => visible.Where(c => c.State == ConversationState.Accepted && c.StartsAtUtc > now).OrderBy(c => c.StartsAtUtc).ThenBy(c => c.Id),
            ConversationList.Awaiting => visible.Where(c => c.State == ConversationState.Requested).OrderBy(c => c.RespondBy).ThenBy(c => c.RequestedAtUtc).ThenBy(c => c.Id),
            _ => visible.Where(c => c.State != ConversationState.Requested && (c.State != ConversationState.Accepted || c.StartsAtUtc <= now))
                .OrderByDescending(c => c.StartsAtUtc ?? c.RequestedAtUtc).ThenBy(c => c.Id),
        };
        // One more row than the page shows says whether there is a next page, without counting them all.
        var rows = await ordered.Skip((page - 1) * pageSize).Take(pageSize + 1)
            .Select(c => new Row(c.Id, c.Purpose, c.RoleTitle, c.State, c.Format, c.Minutes, c.StartsAtUtc, c.Times, c.Requester, c.Responder, c.Guest, c.AwaitingUserId,
                c.RespondBy, c.ClosingReason, c.Records))
            .ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(now);
        return new ConversationListPage(list, rows.Take(pageSize).Select(row => Line(row, viewer, now, today)).ToList(), page, rows.Count > pageSize);
    }

    private static ConversationLine Line(Row row, Caller viewer, DateTime now, DateOnly today)
    {
        var zone = viewer.TimeZone;
        IReadOnlyList<Person> people = row.Guest is null ? [row.Requester, row.Responder] : [row.Requester, row.Responder, row.Guest];
        var awaiting = row.AwaitingUserId == row.Requester.UserId ? row.Requester : row.Responder;
        var yours = row.State == ConversationState.Requested && awaiting.SpokenForBy(viewer);
        var when = row.StartsAtUtc is { } start
            ? $"{LocalTimes.Describe(start, zone)}, {row.Minutes} minutes, {row.Format.Describe().ToLower(CultureInfo.InvariantCulture)}"
            : string.Join(" or ", row.Times.Select(t => LocalTimes.Describe(t, zone)));
        return new ConversationLine(row.Id, row.Purpose, row.RoleTitle,
            string.Join(", ", people.Where(p => !p.SpokenForBy(viewer)).Select(p => $"{p.Name} ({p.OrganisationName})")),
            row.State, when, row.StartsAtUtc is not null && row.State is ConversationState.Accepted or ConversationState.Held,
            yours, yours ? "You" : $"{awaiting.Name} ({awaiting.OrganisationName})", row.RespondBy,
            row.State == ConversationState.Requested && row.RespondBy < today, Outcome(row, now));
    }

    /// <summary>What became of a conversation whose time has come or that was closed: what each side recorded, or why it did not take place.</summary>
    private static string? Outcome(Row row, DateTime now) => row.State switch
    {
        ConversationState.Held => string.Join(" ", row.Records.Select(r => $"{r.Name} ({r.OrganisationName}) recorded: {r.Agreed}")),
        ConversationState.Accepted when row.StartsAtUtc <= now => "Nothing recorded yet: record what was agreed, or that it did not happen.",
        ConversationState.Declined or ConversationState.Cancelled or ConversationState.DidNotHappen =>
            row.State.Describe() + (row.ClosingReason is null ? "." : $": {row.ClosingReason}"),
        _ => null,
    };

    private sealed record Row(Guid Id, string Purpose, string? RoleTitle, ConversationState State, ConversationFormat Format, int Minutes, DateTime? StartsAtUtc,
        List<DateTime> Times, Person Requester, Person Responder, Person? Guest, Guid AwaitingUserId, DateOnly RespondBy, string? ClosingReason,
        List<ConversationRecord> Records);
}
