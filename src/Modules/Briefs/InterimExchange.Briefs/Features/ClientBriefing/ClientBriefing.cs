using FluentValidation;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Briefs.Contracts.IntegrationEvents;
using InterimExchange.Briefs.Data;
using InterimExchange.Briefs.Domain;
using InterimExchange.Briefs.Features.BriefingInvitations;
using InterimExchange.Briefs.Features.ReviewBrief;
using InterimExchange.BuildingBlocks.Results;
using Microsoft.EntityFrameworkCore;

namespace InterimExchange.Briefs.Features.ClientBriefing;

/// <summary>What each step of the briefing accepts; a step saves even when the briefing is not complete yet.</summary>
internal sealed class BriefingInputValidator : AbstractValidator<BriefingInput>
{
    private const int Long = 4000;

    public BriefingInputValidator()
    {
        RuleSet(nameof(BriefingSection.Context), () =>
        {
            RuleFor(i => i.Situation).MaximumLength(Long).WithMessage("Keep the situation under 4,000 characters.");
            RuleFor(i => i.WhyNow).MaximumLength(Long).WithMessage("Keep this under 4,000 characters.");
            RuleFor(i => i.CostOfVacancy).MaximumLength(Long).WithMessage("Keep this under 4,000 characters.");
        });
        RuleSet(nameof(BriefingSection.SuccessCriteria), () =>
        {
            RuleFor(i => i.SuccessCriteria)
                .Must(c => c.Count(x => !Blank(x)) <= Brief.MaximumCriteria)
                .WithMessage($"Keep to at most {Brief.MaximumCriteria} success criteria: the ones that matter most.");
            RuleForEach(i => i.SuccessCriteria).ChildRules(criterion =>
            {
                criterion.RuleFor(c => c.Outcome).NotEmpty().When(c => !Blank(c)).WithMessage("Say what outcome the interim must achieve.")
                    .MaximumLength(1000);
                criterion.RuleFor(c => c.Measure).NotEmpty().When(c => !Blank(c)).WithMessage("Say how you will measure it.")
                    .MaximumLength(1000);
                criterion.RuleFor(c => c.Horizon).NotNull().When(c => !Blank(c)).WithMessage("Choose by when it should be achieved.");
            });
        });
        RuleSet(nameof(BriefingSection.Value), () =>
        {
            RuleFor(i => i.Mandate).MaximumLength(Long);
            RuleFor(i => i.DecisionRights).MaximumLength(Long);
            RuleFor(i => i.Team).MaximumLength(Long);
            RuleFor(i => i.KeyStakeholders).MaximumLength(Long);
        });
        RuleSet(nameof(BriefingSection.MustHaves), () =>
        {
            RuleFor(i => i.MustHaves).MaximumLength(Long);
            RuleFor(i => i.DealBreakers).MaximumLength(Long);
        });
        RuleSet(nameof(BriefingSection.Arrangements), () =>
        {
            RuleFor(i => i.OnSiteDaysPerWeek).InclusiveBetween(0, 5).WithMessage("Enter between 0 and 5 days a week.");
            RuleFor(i => i.DurationMonths).InclusiveBetween(1, 36).WithMessage("Enter a duration between 1 and 36 months.");
            RuleFor(i => i.Travel).MaximumLength(1000);
        });
        RuleSet(nameof(BriefingSection.Commercial), () =>
        {
            RuleFor(i => i.DayRateFrom).GreaterThan(0).WithMessage("Enter a day rate above zero, or leave it empty.");
            RuleFor(i => i.DayRateTo).GreaterThanOrEqualTo(i => i.DayRateFrom ?? 0).When(i => i.DayRateTo is not null)
                .WithMessage("The upper day rate should not be below the lower one.");
            RuleFor(i => i.Currency).Matches("^[A-Za-z]{3}$").When(i => !string.IsNullOrEmpty(i.Currency))
                .WithMessage("Use a three-letter currency code such as EUR, GBP or USD.");
            RuleFor(i => i.CommercialNotes).MaximumLength(Long);
        });
    }

    private static bool Blank(CriterionInput c) => string.IsNullOrWhiteSpace(c.Outcome) && string.IsNullOrWhiteSpace(c.Measure) && c.Horizon is null;
}

/// <summary>The client executive's side of the briefing: the link, their list, the steps, submission.</summary>
internal sealed class ClientBriefingHandler(
    BriefsDbContext db,
    BriefChanges changes,
    IInvitationTokens tokens,
    IValidator<BriefingInput> validator)
{
    public async Task<BriefingLink> OpenLinkAsync(string token, CancellationToken cancellationToken)
    {
        var check = await tokens.CheckAsync(token, InviteExecutiveHandler.Purpose, cancellationToken);
        var status = check.Status switch
        {
            InvitationTokenStatus.Valid => BriefingLinkStatus.Valid,
            InvitationTokenStatus.Expired => BriefingLinkStatus.Expired,
            InvitationTokenStatus.Revoked => BriefingLinkStatus.Revoked,
            _ => BriefingLinkStatus.Unknown,
        };
        if (check.InvitationId is not { } tokenId || status == BriefingLinkStatus.Unknown)
        {
            return new BriefingLink(BriefingLinkStatus.Unknown, null, null, null, null, null, null);
        }

        var found = await (
            from i in db.BriefingInvitations.AsNoTracking()
            join b in db.Briefs.AsNoTracking() on i.BriefId equals b.Id
            join c in db.ClientCompanies.AsNoTracking() on b.Details.ClientCompanyId equals c.Id
            where i.TokenId == tokenId
            select new { i.BriefId, i.Email, i.Name, b.Details.RoleTitle, ClientName = c.Name, c.OrganisationId, b.Status })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null || found.BriefId.ToString() != check.Subject)
        {
            return new BriefingLink(BriefingLinkStatus.Unknown, null, null, null, null, null, null);
        }

        if (status == BriefingLinkStatus.Valid && found.Status is BriefStatus.Withdrawn)
        {
            status = BriefingLinkStatus.Revoked;
        }

        return new BriefingLink(status, found.BriefId, found.Email, found.Name, found.RoleTitle, found.ClientName, found.OrganisationId);
    }

    public async Task<Result> ClaimLinkAsync(string token, Guid userId, string userEmail, CancellationToken cancellationToken)
    {
        var check = await tokens.CheckAsync(token, InviteExecutiveHandler.Purpose, cancellationToken);
        if (!check.IsValid)
        {
            return Result.Failure("", "This briefing link cannot be used any more. Ask the coordinator for a new one.");
        }

        var invitation = await db.BriefingInvitations.SingleOrDefaultAsync(i => i.TokenId == check.InvitationId, cancellationToken);
        if (invitation is null)
        {
            return Result.NotFound();
        }

        if (!string.Equals(invitation.Email, userEmail, StringComparison.OrdinalIgnoreCase))
        {
            return Result.Failure("", $"This briefing invitation was sent to {invitation.Email}. Sign out, then open the link again.");
        }

        invitation.Opened(userId, changes.Now);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Created(invitation.BriefId);
    }

    public async Task<IReadOnlyList<ClientBriefingItem>> ListAsync(Guid userId, CancellationToken cancellationToken)
    {
        var rows = await (
            from i in db.BriefingInvitations.AsNoTracking()
            join b in db.Briefs.AsNoTracking() on i.BriefId equals b.Id
            join c in db.ClientCompanies.AsNoTracking() on b.Details.ClientCompanyId equals c.Id
            where i.ExecutiveUserId == userId && i.RevokedAtUtc == null
            orderby i.SentAtUtc descending
            select new { Invitation = i, b.Details.RoleTitle, ClientName = c.Name, Clarifying = b.Status == BriefStatus.AwaitingBriefing && b.OpenClarification != null })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ClientBriefingItem(r.Invitation.BriefId, r.RoleTitle, r.ClientName, r.Invitation.StateAt(changes.Now), r.Clarifying, r.Invitation.ExpiresAtUtc))
            .ToList();
    }

    public async Task<BriefingForm?> GetAsync(Guid userId, Guid briefId, CancellationToken cancellationToken)
    {
        var brief = await FindForExecutiveAsync(userId, briefId, cancellationToken);
        if (brief is null)
        {
            return null;
        }

        var clientName = await db.ClientCompanies.Where(c => c.Id == brief.Details.ClientCompanyId).Select(c => c.Name).SingleAsync(cancellationToken);
        return new BriefingForm(brief.Id, brief.Details.RoleTitle, clientName, brief.BriefingOpenForEditing,
            BriefingViews.Content(brief.Briefing), BriefingViews.Commercial(brief.Commercial),
            BriefingViews.Clarification(brief.OpenClarification), brief.Briefing.MissingForSubmission().ToList());
    }

    public async Task<Result> SaveAsync(Guid userId, Guid briefId, BriefingSection section, BriefingInput input, CancellationToken cancellationToken)
    {
        var brief = await FindForExecutiveAsync(userId, briefId, cancellationToken);
        if (brief is null)
        {
            return Result.NotFound();
        }

        var validation = await validator.ValidateAsync(input, options => options.IncludeRuleSets(section.ToString()), cancellationToken);
        if (!validation.IsValid)
        {
            return Result.From(validation);
        }

        var (briefing, commercial) = Merge(brief.Briefing, brief.Commercial, section, input);
        var invitation = await MyInvitationAsync(userId, briefId, cancellationToken);
        invitation.Started(changes.Now);
        return await changes.ApplyAsync(brief, b =>
        {
            b.SaveBriefing(briefing, commercial, changes.Now);
            return null;
        }, cancellationToken);
    }

    public async Task<Result> SubmitAsync(Guid userId, Guid briefId, string actor, CancellationToken cancellationToken)
    {
        var brief = await FindForExecutiveAsync(userId, briefId, cancellationToken);
        if (brief is null)
        {
            return Result.NotFound();
        }

        var invitation = await MyInvitationAsync(userId, briefId, cancellationToken);
        invitation.Started(changes.Now);
        invitation.Submitted(changes.Now);
        return await changes.ApplyAsync(brief, b =>
        {
            b.SubmitBriefing(actor, changes.Now);
            return new BriefingSubmitted(b.Id, b.RpoOrganisationId, changes.Now);
        }, cancellationToken);
    }

    /// <summary>An executive reaches a brief only through a live invitation they have claimed.</summary>
    public Task<bool> IsInvitedAsync(Guid userId, Guid briefId, CancellationToken cancellationToken) =>
        db.BriefingInvitations.AnyAsync(i => i.BriefId == briefId && i.ExecutiveUserId == userId && i.RevokedAtUtc == null, cancellationToken);

    private async Task<Brief?> FindForExecutiveAsync(Guid userId, Guid briefId, CancellationToken cancellationToken) =>
        await db.Briefs.SingleOrDefaultAsync(b => b.Id == briefId
            && db.BriefingInvitations.Any(i => i.BriefId == briefId && i.ExecutiveUserId == userId && i.RevokedAtUtc == null), cancellationToken);

    private Task<BriefingInvitation> MyInvitationAsync(Guid userId, Guid briefId, CancellationToken cancellationToken) =>
        db.BriefingInvitations.Where(i => i.BriefId == briefId && i.ExecutiveUserId == userId && i.RevokedAtUtc == null)
            .OrderByDescending(i => i.SentAtUtc).FirstAsync(cancellationToken);

    private static (Briefing, CommercialExpectations) Merge(Briefing briefing, CommercialExpectations commercial, BriefingSection section, BriefingInput input) =>
        section switch
        {
            BriefingSection.Context => (briefing with { Situation = Clean(input.Situation), WhyNow = Clean(input.WhyNow), CostOfVacancy = Clean(input.CostOfVacancy) }, commercial),
            BriefingSection.SuccessCriteria => (briefing with
            {
                SuccessCriteria = input.SuccessCriteria
                    .Select(c => new SuccessCriterion(c.Outcome?.Trim() ?? "", c.Measure?.Trim() ?? "", c.Horizon))
                    .Where(c => !c.IsBlank)
                    .ToList(),
            }, commercial),
            BriefingSection.Value => (briefing with { Mandate = Clean(input.Mandate), DecisionRights = Clean(input.DecisionRights), Team = Clean(input.Team), KeyStakeholders = Clean(input.KeyStakeholders) }, commercial),
            BriefingSection.MustHaves => (briefing with { MustHaves = Clean(input.MustHaves), DealBreakers = Clean(input.DealBreakers) }, commercial),
            BriefingSection.Arrangements => (briefing with { OnSiteDaysPerWeek = input.OnSiteDaysPerWeek, Travel = Clean(input.Travel), PreferredStart = input.PreferredStart, DurationMonths = input.DurationMonths }, commercial),
            BriefingSection.Commercial => (briefing, new CommercialExpectations
            {
                DayRateFrom = input.DayRateFrom,
                DayRateTo = input.DayRateTo,
                Currency = Clean(input.Currency)?.ToUpperInvariant(),
                Notes = Clean(input.CommercialNotes),
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(section)),
        };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
