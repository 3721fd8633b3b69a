namespace InterimExchange.Routing.Domain;

/// <summary>One firm a brief was routed to, in one wave, and its answer.</summary>
internal sealed class RoutedFirm
{
    public Guid Id { get; private set; }

    public Guid BriefId { get; private set; }

    public Guid FirmId { get; private set; }

    public string FirmName { get; private set; } = "";

    public RoutingChannel Channel { get; private set; }

    public int Wave { get; private set; }

    public string Note { get; private set; } = "";

    public DateOnly RespondBy { get; private set; }

    public DateOnly ProposalsDue { get; private set; }

    public DateTime RoutedAtUtc { get; private set; }

    public FirmResponse? Response { get; private set; }

    public DeclineReason? DeclineReason { get; private set; }

    public string? ResponseNote { get; private set; }

    public DateTime? RespondedAtUtc { get; private set; }

    private RoutedFirm()
    {
    }

    public RoutedFirm(Guid briefId, Guid firmId, string firmName, RoutingChannel channel, int wave, string note, DateOnly respondBy, DateOnly proposalsDue,
        DateTime routedAtUtc)
    {
        Id = Guid.NewGuid();
        BriefId = briefId;
        FirmId = firmId;
        FirmName = firmName;
        Channel = channel;
        Wave = wave;
        Note = note;
        RespondBy = respondBy;
        ProposalsDue = proposalsDue;
        RoutedAtUtc = routedAtUtc;
    }

    /// <summary>Records the firm's answer; returns false for an answer already recorded.</summary>
    public bool Answer(bool interested, DeclineReason? reason, string? note, DateTime atUtc)
    {
        if (Response is not null)
        {
            return false;
        }

        Response = interested ? FirmResponse.Interested : FirmResponse.Declined;
        DeclineReason = interested ? null : reason ?? Contracts.DeclineReason.Other;
        ResponseNote = note;
        RespondedAtUtc = atUtc;
        return true;
    }
}
