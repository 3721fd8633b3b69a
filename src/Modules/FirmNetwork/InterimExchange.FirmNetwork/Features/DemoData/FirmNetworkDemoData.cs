using InterimExchange.Accounts.Contracts;
using InterimExchange.FirmNetwork.Features;

namespace InterimExchange.FirmNetwork.Features.DemoData;

/// <summary>The demo firms, vetted with their specialisms; one application waiting for review; one suspended firm.</summary>
internal sealed class FirmNetworkDemoData(FirmNetworkDbContext db, IAccounts accounts, TimeProvider clock) : IDemoData
{
    private const string Officer = "Olivia Grant";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Firms.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var firms = DemoAccounts.Firms;
        Vetted(firms[0], "meridianquality.example", "Netherlands", ["benelux", "dach", "uk-ireland"], [("pharma", "quality"), ("medtech", "quality")], ["head-of", "executive"],
            "Quality and compliance interims for sterile and biologics sites; 20 years of inspection remediation.", today, now, monthsLeft: 9);
        Vetted(firms[1], "regpath.example", "Germany", ["dach", "benelux", "france"], [("pharma", "regulatory"), ("medtech", "regulatory")], ["executive", "head-of"],
            "Regulatory affairs leaders for EU centralised procedures and post-approval changes.", today, now, monthsLeft: 11);
        Vetted(firms[2], "ledgerline.example", "United Kingdom", ["uk-ireland", "benelux"], [("financial-services", "finance-transformation"), ("consumer", "finance-transformation"), ("consumer", "finance")], ["board", "executive"],
            "CFOs and finance transformation leads for carve-outs and ERP programmes.", today, now, monthsLeft: 4);
        Vetted(firms[3], "chainwise.example", "Switzerland", ["dach", "nordics", "cee"], [("pharma", "supply-chain"), ("manufacturing", "supply-chain"), ("consumer", "supply-chain")], ["executive", "head-of"],
            "Supply chain directors for regulated and fast-moving manufacturing.", today, now, monthsLeft: 7);
        Vetted(firms[4], "peoplefirst.example", "France", ["france", "southern-europe", "benelux"], [("pharma", "hr"), ("technology", "hr"), ("consumer", "hr")], ["executive", "head-of"],
            "HR directors for restructurings and integrations.", today, now, monthsLeft: 10);
        Vetted(firms[5], "stackbridge.example", "Denmark", ["nordics", "uk-ireland", "dach"], [("technology", "it"), ("financial-services", "it"), ("pharma", "it")], ["board", "executive"],
            "CIOs and transformation leads for regulated IT estates.", today, now, monthsLeft: 6);

        var pendingId = (await accounts.SendAsync(new CreateOrganisationCommand("Alder Life Sciences Interim", OrganisationKind.SpecialistFirm), cancellationToken)).Id!.Value;
        var pending = Firm.Apply(pendingId, Profile("Alder Life Sciences Interim", "alderinterim.example", "Ireland", ["uk-ireland"], [("pharma", "operations")], ["head-of"],
            "Operations and site leadership interims for pharma manufacturing in Ireland.", today), 2, "Niamh Byrne", now.AddDays(-3));
        db.Firms.Add(pending);

        var suspendedId = (await accounts.SendAsync(new CreateOrganisationCommand("Harrow Executive Interim", OrganisationKind.SpecialistFirm), cancellationToken)).Id!.Value;
        var suspended = Firm.Apply(suspendedId, Profile("Harrow Executive Interim", "harrowinterim.example", "United Kingdom", ["uk-ireland"], [("consumer", "general-management")], ["board"],
            "General management interims for consumer businesses.", today), 3, "Peter Harrow", now.AddMonths(-8));
        Approve(suspended, today.AddMonths(4), now.AddMonths(-8).AddDays(7));
        suspended.Suspend("A client complaint about a candidate's references is being investigated.", Officer, now.AddDays(-10));
        db.Firms.Add(suspended);

        await db.SaveChangesAsync(cancellationToken);
    }

    private void Vetted(DemoOrganisation organisation, string website, string country, List<string> regions, List<(string, string)> specialisms,
        List<string> seniorities, string focus, DateOnly today, DateTime now, int monthsLeft)
    {
        var appliedAt = now.AddMonths(monthsLeft - 12).AddDays(-7);
        var firm = Firm.Apply(organisation.Id, Profile(organisation.Name, website, country, regions, specialisms, seniorities, focus, today), 4,
            organisation.People[0].Name, appliedAt);
        Approve(firm, today.AddMonths(monthsLeft), appliedAt.AddDays(6));
        db.Firms.Add(firm);
        // The demo writes itself without telling anyone: no "your firm is vetted" on every first start.
        db.AddToOutbox(firm.Vetted(now) with { TellTheFirm = false }, clock);
    }

    private static void Approve(Firm firm, DateOnly validUntil, DateTime at)
    {
        firm.SaveChecklist(Enum.GetValues<ChecklistItem>().Select(item => new ChecklistEntry(item, true, null)).ToList(), Officer, at);
        firm.Approve(validUntil, Officer, at);
    }

    private static FirmProfile Profile(string name, string website, string country, List<string> regions, List<(string Sector, string Function)> specialisms,
        List<string> seniorities, string focus, DateOnly today) => new()
        {
            Name = name,
            Website = "https://www." + website,
            RegistrationNumber = $"REG-{Math.Abs(name.GetHashCode(StringComparison.Ordinal)) % 1000000:D6}",
            HeadquartersCountry = country,
            Regions = regions,
            Specialisms = specialisms.Select(s => new Specialism(s.Sector, s.Function)).ToList(),
            Seniorities = seniorities,
            AssignmentTypes = "Interim management, turnaround, programme leadership",
            ExecutiveFocus = focus,
            RecentPlacements = "Three placements at director level or above in the last 18 months, named on request.",
            References =
            [
                new("A listed client in the firm's sector", "Head of HR", "references@" + website, "Interim director, 9 months"),
                new("A private-equity backed client", "Operating partner", "partner@" + website, "Interim executive, 6 months"),
            ],
            InsuranceExpiresOn = today.AddMonths(10),
            DataProtectionAttested = true,
        };
}
