namespace InterimExchange.BuildingBlocks.Persistence;

/// <summary>
/// A module's share of a realistic RPO's history, written by the <c>seed-scale</c> command (Development only) through the module's own
/// entities, after the demo data, so that pages can be measured at the size of a real deployment.
/// </summary>
public interface IScaleData
{
    Task SeedAsync(ScalePlan plan, CancellationToken cancellationToken);
}

/// <summary>
/// The one description of the scale data every module writes its share of: the demo RPO's <see cref="Briefs"/> over two years, each
/// routed to <see cref="FirmsPerBrief"/> of <see cref="Firms"/> firms (the demo firm, number 0, to every fourth brief). Ids and dates
/// follow from the numbers, so the modules agree without reading each other.
/// </summary>
public sealed record ScalePlan(int Briefs, int Firms, int Routed, Guid RpoId, Guid DemoFirmId, string DemoFirmName, DateTime NowUtc)
{
    public const int Clients = 20;

    public const string RoutingNote = "Why we chose you: your specialism and region fit the brief.";

    private static readonly string[] Sectors = ["pharma", "medtech", "manufacturing", "consumer", "technology", "energy"];
    private static readonly string[] Functions = ["quality", "regulatory", "operations", "supply-chain", "finance", "hr", "it"];
    private static readonly string[] Regions = ["benelux", "dach", "nordics", "uk-ireland", "france"];

    public int FirmsPerBrief => Math.Clamp(Routed / Math.Max(1, Briefs), 1, Firms - 1);

    public Guid BriefId(int brief) => Id('b', brief);

    /// <summary>Firm 0 is the demo firm; the others are the synthetic network.</summary>
    public Guid FirmId(int firm) => firm == 0 ? DemoFirmId : Id('f', firm);

    public string FirmName(int firm) => firm == 0 ? DemoFirmName : $"Scale Interim Partners {firm:D4}";

    public Guid ClientId(int client) => Id('c', client);

    public static string ClientName(int client) => $"Scale Client {client:D2}";

    public static int ClientOf(int brief) => brief % Clients;

    public static string Sector(int number) => Sectors[number % Sectors.Length];

    public static string Function(int number) => Functions[number % Functions.Length];

    public static string Region(int number) => Regions[number % Regions.Length];

    public static string RoleTitle(int brief) => $"Interim {Function(brief)} lead {brief:D5}";

    /// <summary>Brief 0 is the newest: briefs are created evenly over the two years before the last week.</summary>
    public DateTime CreatedAtUtc(int brief) => NowUtc.AddDays(-8 - 730.0 * brief / Math.Max(1, Briefs));

    public DateTime RoutedAtUtc(int brief) => CreatedAtUtc(brief).AddDays(7);

    public DateOnly RespondBy(int brief) => DateOnly.FromDateTime(RoutedAtUtc(brief)).AddDays(3);

    public DateOnly ProposalsDue(int brief) => DateOnly.FromDateTime(RoutedAtUtc(brief)).AddDays(14);

    /// <summary>A brief routed in the last six weeks is still being decided; older ones have their outcomes.</summary>
    public bool StillOpen(int brief) => RoutedAtUtc(brief) > NowUtc.AddDays(-42);

    /// <summary>Older briefs were filled, one in three through the first firm routed; the rest were withdrawn.</summary>
    public bool Filled(int brief) => !StillOpen(brief) && brief % 3 == 0;

    /// <summary>The firms a brief was routed to, by number, each in its slot; the demo firm in the first on every fourth brief.</summary>
    public IEnumerable<(int Slot, int Firm)> FirmsFor(int brief)
    {
        var count = FirmsPerBrief;
        for (var slot = 0; slot < count; slot++)
        {
            yield return (slot, slot == 0 && brief % 4 == 0 ? 0 : 1 + (int)(((long)brief * count + slot) % (Firms - 1)));
        }
    }

    /// <summary>Firms answer within two days; two in three are interested.</summary>
    public bool Answered(int brief) => RoutedAtUtc(brief) < NowUtc.AddDays(-2);

    /// <summary>The firm in each later slot answered a few hours after the one before.</summary>
    public DateTime AnsweredAtUtc(int brief, int slot) => RoutedAtUtc(brief).AddHours(20 + slot * 7);

    public bool Interested(int brief, int slot) => (brief + slot + 1) % 3 != 0;

    private static Guid Id(char kind, int number) => new($"5ca1e{kind}00-0000-4000-8000-{number:D12}");
}
