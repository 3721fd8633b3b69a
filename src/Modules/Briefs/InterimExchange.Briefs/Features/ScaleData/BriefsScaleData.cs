using InterimExchange.Accounts.Contracts;

namespace InterimExchange.Briefs.Features.ScaleData;

/// <summary>The RPO's clients and its briefs of the scale plan, each taken through its briefing, confirmation and routing to its end.</summary>
internal sealed class BriefsScaleData(BriefsDbContext db, IAccounts accounts) : IScaleData
{
    private const string Coordinator = "Amelia Hart";

    public async Task SeedAsync(ScalePlan plan, CancellationToken cancellationToken)
    {
        if (await db.Briefs.AnyAsync(b => b.Id == plan.BriefId(0), cancellationToken))
        {
            return;
        }

        for (var client = 0; client < ScalePlan.Clients; client++)
        {
            var organisationId = (await accounts.SendAsync(new CreateOrganisationCommand(ScalePlan.ClientName(client), OrganisationKind.ClientCompany), cancellationToken)).Id!.Value;
            var company = new ClientCompany(plan.ClientId(client), plan.RpoId, organisationId, ScalePlan.ClientName(client), ScalePlan.Sector(client));
            company.AddContact($"Executive {client:D2}", $"executive{client:D2}@scaleclient{client:D2}.example", "Chief Operating Officer");
            db.ClientCompanies.Add(company);
        }

        await db.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < plan.Briefs; i++)
        {
            var created = plan.CreatedAtUtc(i);
            var brief = Brief.Draft(plan.RpoId, new BriefDetails(ScalePlan.RoleTitle(i), plan.ClientId(ScalePlan.ClientOf(i)), ScalePlan.Sector(i), ScalePlan.Function(i),
                "executive", "Amsterdam, NL", ScalePlan.Region(i), RemotePolicy.Hybrid, DateOnly.FromDateTime(created).AddDays(45), 6, Confidential: i % 10 == 0),
                Coordinator, created, plan.BriefId(i));
            brief.InvitationSent(Coordinator, $"executive{ScalePlan.ClientOf(i):D2}@scaleclient{ScalePlan.ClientOf(i):D2}.example", created);
            brief.SaveBriefing(Briefing(i), new CommercialExpectations { DayRateFrom = 1200, DayRateTo = 1600, Currency = "EUR" }, created.AddDays(2));
            brief.SubmitBriefing($"Executive {ScalePlan.ClientOf(i):D2}", created.AddDays(3));
            brief.Confirm(Coordinator, created.AddDays(4));
            brief.MarkRouted(Coordinator, plan.RoutedAtUtc(i));
            if (plan.Filled(i))
            {
                brief.Fill(Coordinator, "The interim proposed by the first firm routed starts next month.", plan.RoutedAtUtc(i).AddDays(30));
            }
            else if (!plan.StillOpen(i))
            {
                brief.Withdraw("The client appointed internally.", Coordinator, plan.RoutedAtUtc(i).AddDays(30));
            }

            db.Briefs.Add(brief);
            if (i % 1_000 == 999)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Briefing Briefing(int i) => new()
    {
        Situation = $"The {ScalePlan.Function(i)} function lost its leader and a regulator's deadline is close.",
        WhyNow = "The permanent search will take six months.",
        SuccessCriteria =
        [
            new("Backlog under control", "Open items older than 30 days below 10", Horizon.Days30),
            new("Team stable", "No unplanned leavers", Horizon.Days90),
            new("Successor hired", "Permanent leader starts before the assignment ends", Horizon.EndOfAssignment),
        ],
        Mandate = "Lead the function with full authority, reporting to the executive.",
        MustHaves = "Has led the same function in the same sector.",
    };
}
