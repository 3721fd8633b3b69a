namespace InterimExchange.BuildingBlocks.Taxonomy;

/// <summary>One entry of the shared taxonomy: a stable code and the name people read.</summary>
public sealed record TaxonomyItem(string Code, string Name);

/// <summary>
/// The one taxonomy of sectors, functions, seniority levels and regions, shared by briefs and firm profiles,
/// so that a brief's Pharma × Quality means the same as a firm's.
/// </summary>
public static class Taxonomy
{
    public static IReadOnlyList<TaxonomyItem> Sectors { get; } =
    [
        new("pharma", "Pharma and life sciences"),
        new("medtech", "Medical devices"),
        new("financial-services", "Financial services"),
        new("manufacturing", "Industrial manufacturing"),
        new("consumer", "Consumer goods and retail"),
        new("technology", "Technology"),
        new("energy", "Energy and utilities"),
        new("public-sector", "Public sector"),
        new("healthcare", "Healthcare providers"),
    ];

    public static IReadOnlyList<TaxonomyItem> Functions { get; } =
    [
        new("quality", "Quality"),
        new("regulatory", "Regulatory affairs"),
        new("operations", "Manufacturing and operations"),
        new("supply-chain", "Supply chain"),
        new("finance", "Finance"),
        new("finance-transformation", "Finance transformation"),
        new("hr", "Human resources"),
        new("it", "IT and digital"),
        new("rnd", "Research and development"),
        new("commercial", "Commercial"),
        new("general-management", "General management"),
    ];

    public static IReadOnlyList<TaxonomyItem> Seniorities { get; } =
    [
        new("board", "Board and C-suite"),
        new("executive", "VP or director"),
        new("head-of", "Head of function"),
        new("senior-manager", "Senior manager"),
    ];

    public static IReadOnlyList<TaxonomyItem> Regions { get; } =
    [
        new("uk-ireland", "UK and Ireland"),
        new("benelux", "Benelux"),
        new("dach", "Germany, Austria, Switzerland"),
        new("nordics", "Nordics"),
        new("france", "France"),
        new("southern-europe", "Southern Europe"),
        new("cee", "Central and Eastern Europe"),
        new("north-america", "North America"),
        new("apac", "Asia Pacific"),
    ];

    public static string NameOf(IReadOnlyList<TaxonomyItem> list, string? code) =>
        list.FirstOrDefault(item => item.Code == code)?.Name ?? code ?? "";

    public static bool Contains(IReadOnlyList<TaxonomyItem> list, string? code) => list.Any(item => item.Code == code);
}
