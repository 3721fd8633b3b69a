using InterimExchange.BuildingBlocks.Time;

namespace InterimExchange.Relationships.Features;

/// <summary>Times as people type and read them: on their own clock in, UTC kept, and a conversation summed up from the reader's side.</summary>
internal static class ProposedTimes
{
    /// <summary>Times typed on the viewer's clock, as UTC; a time the clocks skip or pass twice is an error next to its field.</summary>
    public static (List<DateTime?> Times, Dictionary<string, string[]> Problems) ToUtc(string zone, params DateTime?[] localTimes)
    {
        var problems = new Dictionary<string, string[]>();
        var times = new List<DateTime?>();
        for (var i = 0; i < localTimes.Length; i++)
        {
            if (localTimes[i] is not { } local)
            {
                times.Add(null);
                continue;
            }

            var (utc, problem) = LocalTimes.ToUtc(local, zone);
            if (problem is not null)
            {
                problems[$"Time{i + 1}"] = [problem];
            }

            times.Add(utc);
        }

        return (times, problems);
    }


    public static ConversationSummary Summary(Conversation conversation, Caller viewer, DateOnly today) =>
        new(conversation.Id, conversation.Purpose,
            string.Join(", ", conversation.People.Where(p => !p.SpokenForBy(viewer)).Select(p => $"{p.Name} ({p.OrganisationName})")),
            conversation.State, conversation.When(viewer.TimeZone), conversation.RespondBy, conversation.IsOverdue(today), conversation.RoleTitle);
}
