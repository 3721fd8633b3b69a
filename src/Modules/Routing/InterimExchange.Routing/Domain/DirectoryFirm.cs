namespace InterimExchange.Routing.Domain;

internal sealed record FirmSpecialism(string Sector, string Function);

/// <summary>
/// Routing's own view of one vetted firm, built only from the firm network's events. Status events and profile
/// events travel on different queues, so each part keeps the time of the event it came from and ignores older ones.
/// </summary>
internal sealed class DirectoryFirm
{
    public Guid FirmId { get; private set; }

    public string Name { get; private set; } = "";

    public List<FirmSpecialism> Specialisms { get; private set; } = [];

    public List<string> Regions { get; private set; } = [];

    public List<string> Seniorities { get; private set; } = [];

    public int Capacity { get; private set; }

    public DateOnly ValidUntil { get; private set; }

    public DateOnly InsuranceExpiresOn { get; private set; }

    public bool Suspended { get; private set; }

    public bool Expired { get; private set; }

    public DateTime ProfileAtUtc { get; private set; }

    public DateTime StatusAtUtc { get; private set; }

    /// <summary>Briefs routed to the firm that are still open; capacity limits them.</summary>
    public int OpenBriefs { get; private set; }

    private DirectoryFirm()
    {
    }

    public DirectoryFirm(Guid firmId) => FirmId = firmId;

    public void Profile(string name, IEnumerable<FirmSpecialism> specialisms, IEnumerable<string> regions, IEnumerable<string> seniorities,
        int capacity, DateOnly insuranceExpiresOn, DateTime atUtc)
    {
        if (atUtc < ProfileAtUtc)
        {
            return;
        }

        Name = name;
        Specialisms = specialisms.Distinct().ToList();
        Regions = regions.ToList();
        Seniorities = seniorities.ToList();
        Capacity = capacity;
        InsuranceExpiresOn = insuranceExpiresOn;
        ProfileAtUtc = atUtc;
    }

    public void Vetted(DateOnly validUntil, DateTime atUtc) => Status(atUtc, () =>
    {
        ValidUntil = validUntil;
        Suspended = false;
        Expired = false;
    });

    public void Suspend(DateTime atUtc) => Status(atUtc, () => Suspended = true);

    public void Reinstate(DateTime atUtc) => Status(atUtc, () => Suspended = false);

    public void Expire(DateTime atUtc) => Status(atUtc, () => Expired = true);

    public void BriefRouted() => OpenBriefs++;

    /// <summary>The firm declined a routed brief: that frees the capacity the brief held.</summary>
    public void Declined()
    {
        if (OpenBriefs > 0)
        {
            OpenBriefs--;
        }
    }

    /// <summary>Vetted and active, vetting and insurance in date, with capacity left.</summary>
    public bool IsEligible(DateOnly today) => WhyNotEligible(today) is null;

    /// <summary>Why the firm cannot receive a brief today, in the coordinator's words; null when it can (<see cref="IsEligible"/>).</summary>
    public string? WhyNotEligible(DateOnly today) =>
        Suspended ? $"{Name} is suspended from the network: it receives no brief until it is reinstated."
        : Expired || ValidUntil < today ? $"The vetting of {Name} has expired: it receives no brief until it is vetted again."
        : InsuranceExpiresOn < today ? $"The insurance of {Name} has expired: it receives no brief until it is renewed."
        : OpenBriefs >= Capacity ? $"{Name} is full: it has {OpenBriefs} open brief{(OpenBriefs == 1 ? "" : "s")}, as many as it takes at once."
        : null;

    private void Status(DateTime atUtc, Action change)
    {
        if (atUtc < StatusAtUtc)
        {
            return;
        }

        change();
        StatusAtUtc = atUtc;
    }
}

/// <summary>A confirmed brief as routing needs it: the routing facts and the success criteria.</summary>
internal sealed class RoutableBrief
{
    public Guid BriefId { get; private set; }

    public Guid RpoOrganisationId { get; private set; }

    public Guid ClientCompanyId { get; private set; }

    public string RoleTitle { get; private set; } = "";

    public string Sector { get; private set; } = "";

    public string Function { get; private set; } = "";

    public string Seniority { get; private set; } = "";

    public string Region { get; private set; } = "";

    public bool Confidential { get; private set; }

    public DateTime ConfirmedAtUtc { get; private set; }

    private RoutableBrief()
    {
    }

    public RoutableBrief(Guid briefId, Guid rpoOrganisationId, Guid clientCompanyId, string roleTitle, string sector, string function, string seniority, string region,
        bool confidential, DateTime confirmedAtUtc)
    {
        BriefId = briefId;
        RpoOrganisationId = rpoOrganisationId;
        ClientCompanyId = clientCompanyId;
        RoleTitle = roleTitle;
        Sector = sector;
        Function = function;
        Seniority = seniority;
        Region = region;
        Confidential = confidential;
        ConfirmedAtUtc = confirmedAtUtc;
    }
}
