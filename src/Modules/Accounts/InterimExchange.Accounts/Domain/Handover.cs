namespace InterimExchange.Accounts.Domain;

/// <summary>
/// A person's work handed to a colleague: for good when they left, or while they are on leave, until they take it back. Its id is
/// the one each module notes what it moved under.
/// </summary>
internal sealed class Handover
{
    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid FromUserId { get; private set; }

    public Guid ToUserId { get; private set; }

    public string? Note { get; private set; }

    public DateTime AtUtc { get; private set; }

    /// <summary>The person left: the work is the colleague's for good.</summary>
    public bool ForGood { get; private set; }

    public DateTime? TakenBackAtUtc { get; private set; }

    public bool IsOpen => !ForGood && TakenBackAtUtc is null;

    private Handover()
    {
    }

    public Handover(UserAccount from, UserAccount to, string? note, bool forGood, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = from.OrganisationId;
        FromUserId = from.Id;
        ToUserId = to.Id;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ForGood = forGood;
        AtUtc = nowUtc;
    }

    /// <summary>The person left while away: what the colleague holds of their work stays the colleague's.</summary>
    public void EndWithRemoval() => ForGood = true;

    /// <summary>The colleague holding the work left in turn: their successor holds it now, and gives it back when the person returns.</summary>
    public void PassTo(Guid successor) => ToUserId = successor;

    public void TakeBack(DateTime nowUtc)
    {
        BusinessRuleException.Require(IsOpen, "Your work is not with a colleague: there is nothing to take back.");
        TakenBackAtUtc = nowUtc;
    }
}
