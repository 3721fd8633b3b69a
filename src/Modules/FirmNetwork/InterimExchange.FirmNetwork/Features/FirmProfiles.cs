using FluentValidation;
using InterimExchange.BuildingBlocks.Taxonomy;

namespace InterimExchange.FirmNetwork.Features;

internal sealed class FirmProfileInputValidator : AbstractValidator<FirmProfileInput>
{
    public FirmProfileInputValidator(TimeProvider clock)
    {
        RuleFor(p => p.Name).NotEmpty().WithMessage("Enter the firm's name.").MaximumLength(200);
        RuleFor(p => p.Website).NotEmpty().WithMessage("Enter the firm's website.")
            .Must(w => Uri.TryCreate(w?.Contains("://", StringComparison.Ordinal) == true ? w : "https://" + w, UriKind.Absolute, out var uri) && uri.Host.Contains('.', StringComparison.Ordinal))
            .WithMessage("Enter a website like www.firm.com.").When(p => !string.IsNullOrWhiteSpace(p.Website), ApplyConditionTo.CurrentValidator).MaximumLength(300);
        RuleFor(p => p.RegistrationNumber).NotEmpty().WithMessage("Enter the company registration number.").MaximumLength(50);
        RuleFor(p => p.HeadquartersCountry).NotEmpty().WithMessage("Enter the country of the headquarters.").MaximumLength(100);
        RuleFor(p => p.Regions).Must(r => r.Count > 0).WithMessage("Choose at least one region you serve.")
            .Must(r => r.All(code => Taxonomy.Contains(Taxonomy.Regions, code))).WithMessage("Choose regions from the list.");
        RuleFor(p => p.Specialisms).Must(s => s.Any(Filled)).WithMessage("Add at least one specialism: a sector and a function.");
        RuleForEach(p => p.Specialisms).ChildRules(s =>
        {
            s.RuleFor(x => x.Sector).Must(code => Taxonomy.Contains(Taxonomy.Sectors, code)).When(x => !Blank(x)).WithMessage("Choose the sector.");
            s.RuleFor(x => x.Function).Must(code => Taxonomy.Contains(Taxonomy.Functions, code)).When(x => !Blank(x)).WithMessage("Choose the function.");
        });
        RuleFor(p => p.Seniorities).Must(s => s.Count > 0).WithMessage("Choose the seniority levels you place.")
            .Must(s => s.All(code => Taxonomy.Contains(Taxonomy.Seniorities, code))).WithMessage("Choose seniority levels from the list.");
        RuleFor(p => p.ExecutiveFocus).NotEmpty().WithMessage("Describe your focus on executive interims.").MaximumLength(4000);
        RuleFor(p => p.RecentPlacements).NotEmpty().WithMessage("Name recent senior placements that show your specialisms.").MaximumLength(4000);
        RuleFor(p => p.AssignmentTypes).MaximumLength(1000);
        RuleFor(p => p.References).Must(r => r.Count(Complete) >= 2).WithMessage("Give at least two client references.");
        RuleForEach(p => p.References).ChildRules(r =>
        {
            r.RuleFor(x => x.Client).NotEmpty().When(x => !Blank(x)).WithMessage("Name the client.");
            r.RuleFor(x => x.ContactName).NotEmpty().When(x => !Blank(x)).WithMessage("Name the person we may contact.");
            r.RuleFor(x => x.ContactEmail).NotEmpty().EmailAddress().When(x => !Blank(x)).WithMessage("Enter the contact's email address.");
        });
        RuleFor(p => p.InsuranceExpiresOn).NotNull().WithMessage("Enter when your professional indemnity insurance expires.")
            .Must(d => d is null || d > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage("Your professional indemnity insurance has expired: renew it before you apply.");
        RuleFor(p => p.DataProtectionAttested).Equal(true).WithMessage("Confirm that you handle candidates' data as data protection law requires.");
        RuleFor(p => p.Capacity).NotNull().WithMessage("Say how many open briefs you can take at once.")
            .InclusiveBetween(1, 50).WithMessage("Enter between 1 and 50 open briefs.");
    }

    private static bool Blank(SpecialismInput s) => string.IsNullOrEmpty(s.Sector) && string.IsNullOrEmpty(s.Function);

    private static bool Filled(SpecialismInput s) => !string.IsNullOrEmpty(s.Sector) && !string.IsNullOrEmpty(s.Function);

    private static bool Blank(ReferenceInput r) =>
        string.IsNullOrWhiteSpace(r.Client) && string.IsNullOrWhiteSpace(r.ContactName) && string.IsNullOrWhiteSpace(r.ContactEmail) && string.IsNullOrWhiteSpace(r.Assignment);

    private static bool Complete(ReferenceInput r) =>
        !string.IsNullOrWhiteSpace(r.Client) && !string.IsNullOrWhiteSpace(r.ContactName) && !string.IsNullOrWhiteSpace(r.ContactEmail);
}

/// <summary>The firm's profile as stored, from the validated form, and back.</summary>
internal static class ProfileMapping
{
    public static FirmProfile ToProfile(this FirmProfileInput input) => new()
    {
        Name = input.Name!.Trim(),
        Website = input.Website!.Trim(),
        RegistrationNumber = input.RegistrationNumber!.Trim(),
        HeadquartersCountry = input.HeadquartersCountry!.Trim(),
        Regions = input.Regions.Distinct().ToList(),
        Specialisms = input.Specialisms.Where(s => !string.IsNullOrEmpty(s.Sector) && !string.IsNullOrEmpty(s.Function))
            .Select(s => new Specialism(s.Sector!, s.Function!)).Distinct().ToList(),
        Seniorities = input.Seniorities.Distinct().ToList(),
        AssignmentTypes = input.AssignmentTypes?.Trim() ?? "",
        ExecutiveFocus = input.ExecutiveFocus!.Trim(),
        RecentPlacements = input.RecentPlacements!.Trim(),
        References = input.References.Where(r => !string.IsNullOrWhiteSpace(r.Client))
            .Select(r => new ClientReference(r.Client!.Trim(), r.ContactName?.Trim() ?? "", r.ContactEmail?.Trim() ?? "", r.Assignment?.Trim() ?? "")).ToList(),
        InsuranceExpiresOn = input.InsuranceExpiresOn!.Value,
        DataProtectionAttested = input.DataProtectionAttested,
    };

    public static FirmProfileInput ToInput(this FirmProfile p, int capacity) => new()
    {
        Name = p.Name,
        Website = p.Website,
        RegistrationNumber = p.RegistrationNumber,
        HeadquartersCountry = p.HeadquartersCountry,
        Regions = p.Regions,
        Specialisms = p.Specialisms.Select(s => new SpecialismInput(s.Sector, s.Function)).ToList(),
        Seniorities = p.Seniorities,
        AssignmentTypes = p.AssignmentTypes,
        ExecutiveFocus = p.ExecutiveFocus,
        RecentPlacements = p.RecentPlacements,
        References = p.References.Select(r => new ReferenceInput(r.Client, r.ContactName, r.ContactEmail, r.Assignment)).ToList(),
        InsuranceExpiresOn = p.InsuranceExpiresOn,
        DataProtectionAttested = p.DataProtectionAttested,
        Capacity = capacity,
    };

    public static FirmView ToView(this Firm f, DateOnly today) => new(f.Id, f.Status, f.Profile.ToInput(f.Capacity), f.AppliedAtUtc, f.DecisionPromisedBy,
        f.VettedUntil, f.RejectionReason, f.SuspensionReason, f.InformationRequest?.Question, f.InformationRequest?.Answer,
        f.ChangesSinceVetting(), f.EligibleForBriefs(today),
        Enum.GetValues<ChecklistItem>().Select(item => f.Checklist.TryGetValue(item, out var n) ? new ChecklistEntry(item, n.Done, n.Note) : new ChecklistEntry(item, false, null)).ToList(),
        f.History.OrderByDescending(h => h.AtUtc).Select(h => new FirmHistoryView(h.AtUtc, h.Actor, h.What, h.Detail)).ToList(),
        f.MayAskForRevetting(today));

    /// <summary>Firms as the vetting officers' lists show them.</summary>
    public static IQueryable<FirmListItem> ToListItems(this IQueryable<Firm> firms) =>
        firms.Select(f => new FirmListItem(f.Id, f.Name, f.Status, f.ReviewStartedAtUtc, f.DecisionPromisedBy, f.VettedUntil, f.Revetting, f.ChangedSinceVetting));

    /// <summary>The firm as the firm itself and the vetting officers see it.</summary>
    public static async Task<FirmView?> FirmViewAsync(this FirmNetworkDbContext db, Guid firmId, DateTime nowUtc, CancellationToken cancellationToken) =>
        (await db.Firms.AsNoTracking().Include(f => f.History).SingleOrDefaultAsync(f => f.Id == firmId, cancellationToken))?.ToView(DateOnly.FromDateTime(nowUtc));
}
