using InterimExchange.Routing.Contracts;

namespace InterimExchange.Proposals.Domain;

/// <summary>A brief routed to one firm, as the firm holds it: the note, the reasons, the dates, and its answer.</summary>
internal sealed class InboxItem
{
    public Guid Id { get; private set; }

    public Guid BriefId { get; private set; }

    public Guid FirmId { get; private set; }

    public string FirmName { get; private set; } = "";

    public RoutingChannel Channel { get; private set; }

    public Guid RpoOrganisationId { get; private set; }

    public string RoleTitle { get; private set; } = "";

    public string Note { get; private set; } = "";

    public List<string> Reasons { get; private set; } = [];

    public DateOnly RespondBy { get; private set; }

    public DateOnly ProposalsDue { get; private set; }

    public DateTime RoutedAtUtc { get; private set; }

    public FirmResponse? Response { get; private set; }

    public DeclineReason? DeclineReason { get; private set; }

    public string? ResponseNote { get; private set; }

    public DateTime? RespondedAtUtc { get; private set; }

    private InboxItem()
    {
    }

    public InboxItem(Guid briefId, Guid firmId, string firmName, RoutingChannel channel, Guid rpoOrganisationId, string roleTitle, string note, IEnumerable<string> reasons,
        DateOnly respondBy, DateOnly proposalsDue, DateTime routedAtUtc)
    {
        Id = Guid.NewGuid();
        BriefId = briefId;
        FirmId = firmId;
        FirmName = firmName;
        Channel = channel;
        RpoOrganisationId = rpoOrganisationId;
        RoleTitle = roleTitle;
        Note = note;
        Reasons = reasons.ToList();
        RespondBy = respondBy;
        ProposalsDue = proposalsDue;
        RoutedAtUtc = routedAtUtc;
    }

    public void Respond(bool interested, DeclineReason? reason, string? note, DateTime nowUtc)
    {
        if (Response is not null)
        {
            throw new BusinessRuleException("Your firm has already answered this brief.");
        }

        if (!interested && reason is null)
        {
            throw new BusinessRuleException("Choose the reason you decline: it helps the coordinator route better.", "Reason");
        }

        Response = interested ? FirmResponse.Interested : FirmResponse.Declined;
        DeclineReason = interested ? null : reason;
        ResponseNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        RespondedAtUtc = nowUtc;
    }
}
