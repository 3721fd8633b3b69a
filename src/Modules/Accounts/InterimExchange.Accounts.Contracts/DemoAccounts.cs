using InterimExchange.BuildingBlocks;
namespace InterimExchange.Accounts.Contracts;

/// <summary>
/// The demo organisation set of the embedded default. Ids are fixed so that other modules' demo data can refer to them.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Interim2026!";

    public static readonly DemoOrganisation Northbridge = new(Guid.Parse("a1000000-0000-0000-0000-000000000001"), "Northbridge Talent Partners", OrganisationKind.RpoProvider,
        [new("Amelia Hart", "amelia.hart@northbridge.example", IsAdmin: true), new("Tom Okafor", "tom.okafor@northbridge.example", IsAdmin: false)]);

    public static readonly DemoOrganisation Valdora = new(Guid.Parse("a2000000-0000-0000-0000-000000000001"), "Valdora Pharma", OrganisationKind.ClientCompany,
        [new("Dr Sofia Lindqvist", "sofia.lindqvist@valdora.example", IsAdmin: true)]);

    public static readonly DemoOrganisation Platform = new(Guid.Parse("a4000000-0000-0000-0000-000000000001"), "InterimExchange", OrganisationKind.Platform,
        [new("Olivia Grant", "olivia.grant@interimexchange.example", IsAdmin: true)]);

    public static readonly IReadOnlyList<DemoOrganisation> Firms =
    [
        Firm(1, "Meridian Quality Interim", "Maria Santos", "maria.santos@meridianquality.example"),
        Firm(2, "RegPath Interim", "Daniel Weber", "daniel.weber@regpath.example"),
        Firm(3, "Ledgerline Interim", "Priya Shah", "priya.shah@ledgerline.example"),
        Firm(4, "Chainwise Executives", "Lars Jensen", "lars.jensen@chainwise.example"),
        Firm(5, "PeopleFirst Interim", "Claire Dubois", "claire.dubois@peoplefirst.example"),
        Firm(6, "Stackbridge Interim", "Ken Mori", "ken.mori@stackbridge.example"),
    ];

    public static IEnumerable<DemoOrganisation> All => [Northbridge, Valdora, Platform, .. Firms];

    private static DemoOrganisation Firm(int number, string name, string person, string email) =>
        new(Guid.Parse($"a3000000-0000-0000-0000-{number:D12}"), name, OrganisationKind.SpecialistFirm, [new(person, email, IsAdmin: true)]);
}

public sealed record DemoOrganisation(Guid Id, string Name, OrganisationKind Kind, IReadOnlyList<DemoPerson> People);

public sealed record DemoPerson(string Name, string Email, bool IsAdmin);
