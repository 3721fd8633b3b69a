namespace InterimExchange.Routing.Domain;

/// <summary>
/// A firm an RPO will not route its client's briefs to (a conflict, the client's wish, a past engagement gone wrong),
/// with the reason and who decided. It holds until lifted.
/// </summary>
internal sealed class ClientExclusion
{
    public Guid Id { get; private set; }

    public Guid RpoOrganisationId { get; private set; }

    public Guid ClientCompanyId { get; private set; }

    public Guid FirmId { get; private set; }

    public string FirmName { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public string ExcludedBy { get; private set; } = "";

    public DateTime ExcludedAtUtc { get; private set; }

    private ClientExclusion()
    {
    }

    public ClientExclusion(RoutableBrief brief, DirectoryFirm firm, string reason, string excludedBy, DateTime atUtc)
    {
        Id = Guid.NewGuid();
        RpoOrganisationId = brief.RpoOrganisationId;
        ClientCompanyId = brief.ClientCompanyId;
        FirmId = firm.FirmId;
        FirmName = firm.Name;
        Reason = PlainText.SingleLine(reason);
        ExcludedBy = excludedBy;
        ExcludedAtUtc = atUtc;
    }
}
