namespace InterimExchange.Accounts.Domain;

/// <summary>One line of an organisation's history of its people: who joined, left, became or stopped being an admin, handed work to whom.</summary>
internal sealed class OrganisationHistoryEntry
{
    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public DateTime AtUtc { get; private set; }

    public PeopleChange Change { get; private set; }

    public Guid PersonId { get; private set; }

    /// <summary>Names as they were at the time, so the history reads the same after someone renames themselves.</summary>
    public string PersonName { get; private set; } = "";

    public string? ByName { get; private set; }

    /// <summary>For a handover, the colleague who took the work.</summary>
    public string? ToName { get; private set; }

    private OrganisationHistoryEntry()
    {
    }

    public OrganisationHistoryEntry(UserAccount person, PeopleChange change, UserAccount? by, DateTime atUtc, UserAccount? to = null)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = person.OrganisationId;
        AtUtc = atUtc;
        Change = change;
        PersonId = person.Id;
        PersonName = person.DisplayName;
        ByName = by?.DisplayName;
        ToName = to?.DisplayName;
    }
}
