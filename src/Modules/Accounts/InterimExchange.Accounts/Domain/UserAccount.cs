using InterimExchange.Accounts.Contracts.IntegrationEvents;
using InterimExchange.BuildingBlocks.Time;
using Microsoft.AspNetCore.Identity;

namespace InterimExchange.Accounts.Domain;

/// <summary>A person who signs in; they belong to exactly one organisation.</summary>
internal sealed class UserAccount : IdentityUser<Guid>
{
    /// <summary>The name everyone sees, on one line (<see cref="PlainText.SingleLine"/>) however it was written.</summary>
    public string DisplayName { get; set => field = PlainText.SingleLine(value); } = "";

    public Guid OrganisationId { get; set; }

    /// <summary>An organisation's admins manage its people: they invite, make admins and remove. There is always at least one.</summary>
    public bool IsOrganisationAdmin { get; set; }

    /// <summary>The IANA zone the person's times are shown in; conversations are proposed and read in it.</summary>
    public string TimeZone { get; set; } = LocalTimes.DefaultZone;

    public DateTime JoinedAtUtc { get; set; }

    /// <summary>When the person left the organisation; the account is kept so that history still names who did what.</summary>
    public DateTime? RemovedAtUtc { get; private set; }

    public bool IsRemoved => RemovedAtUtc is not null;

    /// <summary>The person's account is created in their organisation: as its admin when <paramref name="asAdmin"/>.</summary>
    public PeopleChanged Join(bool asAdmin, DateTime nowUtc)
    {
        JoinedAtUtc = nowUtc;
        IsOrganisationAdmin = asAdmin;
        return new PeopleChanged(asAdmin
            ? [new OrganisationHistoryEntry(this, PeopleChange.Joined, null, nowUtc), new OrganisationHistoryEntry(this, PeopleChange.BecameAdmin, null, nowUtc)]
            : [new OrganisationHistoryEntry(this, PeopleChange.Joined, null, nowUtc)]);
    }

    public PeopleChanged MakeAdmin(UserAccount by, DateTime nowUtc)
    {
        RequireManagedBy(by);
        BusinessRuleException.Require(!IsOrganisationAdmin, $"{DisplayName} is already an admin.");
        IsOrganisationAdmin = true;
        return new PeopleChanged([new OrganisationHistoryEntry(this, PeopleChange.BecameAdmin, by, nowUtc)], new AdminGranted(OrganisationId, Id, by.Id, nowUtc));
    }

    /// <summary>An admin steps down, or another admin takes the role away; <paramref name="admins"/> counts the organisation's admins now.</summary>
    public PeopleChanged RevokeAdmin(UserAccount by, int admins, DateTime nowUtc)
    {
        RequireManagedBy(by);
        BusinessRuleException.Require(IsOrganisationAdmin, $"{DisplayName} is not an admin.");
        BusinessRuleException.Require(admins > 1, by.Id == Id
            ? "You are the only admin: make a colleague an admin first, then step down."
            : $"{DisplayName} is the only admin: make another colleague an admin first.");
        IsOrganisationAdmin = false;
        return new PeopleChanged([new OrganisationHistoryEntry(this, PeopleChange.StoppedBeingAdmin, by, nowUtc)], new AdminRevoked(OrganisationId, Id, by.Id, nowUtc));
    }

    /// <summary>
    /// The person leaves: they can no longer sign in (by password or through the organisation's provider), their address is freed
    /// for another organisation to invite, and their work goes to <paramref name="successor"/> for good.
    /// </summary>
    public PeopleChanged Remove(UserAccount by, UserAccount successor, string? note, int admins, DateTime nowUtc)
    {
        RequireManagedBy(by);
        BusinessRuleException.Require(by.Id != Id, "You cannot remove yourself: ask another admin to remove you.");
        BusinessRuleException.Require(!IsOrganisationAdmin || admins > 1, $"{DisplayName} is the only admin: make another colleague an admin first.");
        var handedOver = HandOver(successor, note, open: null, holding: false, forGood: true, by, nowUtc);
        RemovedAtUtc = nowUtc;
        IsOrganisationAdmin = false;
        UserName = NormalizedUserName = $"removed-{Id:N}";
        Email = NormalizedEmail = null;
        PasswordHash = null;
        LockoutEnabled = true;
        LockoutEnd = DateTimeOffset.MaxValue;
        SecurityStamp = Guid.NewGuid().ToString("N");
        ConcurrencyStamp = Guid.NewGuid().ToString();
        return handedOver with
        {
            History = [.. handedOver.History, new OrganisationHistoryEntry(this, PeopleChange.Left, by, nowUtc)],
            Events = [.. handedOver.Events, new MemberRemoved(OrganisationId, Id, DisplayName, by.Id, nowUtc)],
        };
    }

    /// <summary>
    /// The person's work goes to <paramref name="successor"/>: while they are on leave (<paramref name="open"/> is the handover still
    /// open, if any: one at a time; <paramref name="holding"/>, whether they hold an away colleague's work), or for good when they leave.
    /// </summary>
    public PeopleChanged HandOver(UserAccount successor, string? note, Handover? open, bool holding, bool forGood, UserAccount by, DateTime nowUtc)
    {
        BusinessRuleException.Require(!IsRemoved, $"{DisplayName} has left.");
        BusinessRuleException.Require(open is null, "Your work is with a colleague already: take it back first.");
        BusinessRuleException.Require(forGood || !holding,
            "You hold the work of a colleague who is away: they take it back before you hand yours over.", "SuccessorId");
        BusinessRuleException.Require(successor.Id != Id && successor.OrganisationId == OrganisationId && !successor.IsRemoved,
            "Choose a colleague of your organisation to take over the work.", "SuccessorId");
        var handover = new Handover(this, successor, note, forGood, nowUtc);
        return new PeopleChanged([new OrganisationHistoryEntry(this, PeopleChange.HandedOverWork, by, nowUtc, successor)],
            new WorkHandedOver(handover.Id, OrganisationId, Id, DisplayName, successor.Id, successor.DisplayName, successor.Email ?? "", successor.TimeZone,
                handover.Note, nowUtc)) { Handover = handover };
    }

    /// <summary>Back from leave: what the colleague still holds of <paramref name="handover"/> is the person's again.</summary>
    public PeopleChanged TakeBack(Handover handover, UserAccount colleague, DateTime nowUtc)
    {
        BusinessRuleException.Require(handover.FromUserId == Id && colleague.Id == handover.ToUserId, "Your work is not with a colleague: there is nothing to take back.");
        handover.TakeBack(nowUtc);
        return new PeopleChanged([new OrganisationHistoryEntry(this, PeopleChange.TookBackWork, this, nowUtc, colleague)],
            new WorkTakenBack(handover.Id, OrganisationId, colleague.Id, colleague.DisplayName, Id, DisplayName, Email ?? "", TimeZone, nowUtc));
    }

    private void RequireManagedBy(UserAccount by) =>
        BusinessRuleException.Require(by.OrganisationId == OrganisationId && by.IsOrganisationAdmin && !by.IsRemoved && !IsRemoved,
            "Only your organisation's admins manage its people.");
}

/// <summary>What a change to an organisation's people wrote into its history, and the events it publishes.</summary>
internal sealed record PeopleChanged(IReadOnlyList<OrganisationHistoryEntry> History, params IReadOnlyList<object> Events)
{
    /// <summary>The handover the change began, to be saved with it.</summary>
    public Handover? Handover { get; init; }
}
