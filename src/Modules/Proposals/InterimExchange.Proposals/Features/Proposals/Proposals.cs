using FluentValidation;
using InterimExchange.Briefs.Contracts;
using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.BuildingBlocks.Results;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Proposals.Data;
using InterimExchange.Proposals.Domain;
using InterimExchange.Proposals.Features.Outcomes;
using InterimExchange.Routing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace InterimExchange.Proposals.Features.Proposals;

/// <summary>What a submitted proposal must hold. Candidate slots left entirely blank are not candidates.</summary>
internal sealed class ProposalInputValidator : AbstractValidator<ProposalInput>
{
    public ProposalInputValidator()
    {
        RuleForEach(p => p.Approaches).ChildRules(approach => approach.RuleFor(a => a.Text)
            .NotEmpty().WithMessage("Say how your interim would achieve this success criterion.").MaximumLength(4000));
        RuleFor(p => p.Candidates).Must(c => c.Count(IsCandidate) is >= 1 and <= ProposalInput.MaximumCandidates)
            .WithMessage("Propose one to three candidates.");
        RuleForEach(p => p.Candidates).Where(IsCandidate).ChildRules(candidate =>
        {
            candidate.RuleFor(c => c.Alias).NotEmpty().WithMessage("Give the candidate an alias: their name stays with you.").MaximumLength(100);
            candidate.RuleFor(c => c.Headline).NotEmpty().WithMessage("Sum the candidate up in a line.").MaximumLength(200);
            candidate.RuleFor(c => c.YearsInSeniorRoles).NotNull().WithMessage("How many years in senior roles?")
                .InclusiveBetween(0, 60).WithMessage("Years in senior roles is between 0 and 60.");
            candidate.RuleFor(c => c.Achievements).NotEmpty().WithMessage("List the achievements relevant to this brief.").MaximumLength(4000);
            candidate.RuleFor(c => c.AvailableFrom).NotNull().WithMessage("When can the candidate start?");
            candidate.RuleForEach(c => c.Rationales).ChildRules(rationale => rationale.RuleFor(r => r.Text)
                .NotEmpty().WithMessage("Cite the candidate's own record against this criterion.").MaximumLength(4000));
        });
        RuleFor(p => p.Commercial.Basis).NotNull().WithMessage("Choose a day rate or a fixed fee.");
        RuleFor(p => p.Commercial.Amount).NotNull().WithMessage("Enter the amount.").GreaterThan(0).WithMessage("The amount must be more than zero.");
        RuleFor(p => p.Commercial.Currency).NotEmpty().WithMessage("Enter the currency, for example EUR.")
            .Matches("^[A-Za-z]{3}$").WithMessage("Use a three-letter currency code, for example EUR.");
        RuleFor(p => p.Commercial.Terms).MaximumLength(2000);
    }

    public static bool IsCandidate(CandidateInput c) =>
        !string.IsNullOrWhiteSpace(c.Alias) || !string.IsNullOrWhiteSpace(c.Headline) || c.YearsInSeniorRoles is not null
        || !string.IsNullOrWhiteSpace(c.Achievements) || c.AvailableFrom is not null || c.Rationales.Any(r => !string.IsNullOrWhiteSpace(r.Text));
}

internal static class ProposalMapping
{
    /// <summary>The posted form as content: one answer per criterion, candidates without blank slots, each with a stable id.</summary>
    public static ProposalContent ToContent(this ProposalInput input, int criteria)
    {
        var numbers = Enumerable.Range(1, criteria).ToList();
        static string Text(IEnumerable<CriterionText> texts, int number) => texts.FirstOrDefault(t => t.Criterion == number)?.Text?.Trim() ?? "";
        return new ProposalContent(
            numbers.Select(n => new CriterionAnswer(n, Text(input.Approaches, n))).ToList(),
            input.Candidates.Where(ProposalInputValidator.IsCandidate).Take(ProposalInput.MaximumCandidates)
                .Select(c => new ProposedCandidate(c.Id == Guid.Empty ? Guid.NewGuid() : c.Id, c.Alias?.Trim() ?? "", c.Headline?.Trim() ?? "",
                    c.YearsInSeniorRoles, c.Achievements?.Trim() ?? "", c.AvailableFrom, numbers.Select(n => new CriterionAnswer(n, Text(c.Rationales, n))).ToList()))
                .ToList(),
            new CommercialTerms(input.Commercial.Basis, input.Commercial.Amount, input.Commercial.Currency?.Trim().ToUpperInvariant() ?? "",
                input.Commercial.Terms?.Trim() ?? ""));
    }

    public static ProposalInput ToInput(this ProposalContent content, int criteria)
    {
        static List<CriterionText> Texts(IEnumerable<CriterionAnswer> answers, int criteria) =>
            Enumerable.Range(1, criteria).Select(n => new CriterionText { Criterion = n, Text = answers.FirstOrDefault(a => a.Criterion == n)?.Text }).ToList();
        return new ProposalInput
        {
            Approaches = Texts(content.Approaches, criteria),
            Candidates = content.Candidates.Select(c => new CandidateInput
            {
                Id = c.Id,
                Alias = c.Alias,
                Headline = c.Headline,
                YearsInSeniorRoles = c.YearsInSeniorRoles,
                Achievements = c.Achievements,
                AvailableFrom = c.AvailableFrom,
                Rationales = Texts(c.Rationales, criteria),
            }).ToList(),
            Commercial = new CommercialInput
            {
                Basis = content.Commercial.Basis,
                Amount = content.Commercial.Amount,
                Currency = content.Commercial.Currency,
                Terms = content.Commercial.Terms,
            },
        };
    }
}

/// <summary>The firm's side of a proposal: draft, submit (and amend), withdraw, within the firm's own inbox.</summary>
internal sealed class ProposalsHandler(ProposalsDbContext db, IBriefsForFirms briefs, IValidator<ProposalInput> validator, TimeProvider clock) : IProposals
{
    private sealed record Context(InboxItem Item, Proposal? Proposal, IReadOnlyList<CriterionView> Criteria, string RoleTitle, string? ClosedBecause);

    public async Task<ProposalForm?> GetAsync(Guid firmId, Guid briefId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(firmId, briefId, cancellationToken) is not { } context)
        {
            return null;
        }

        var (item, proposal, criteria, roleTitle, closedBecause) = context;
        var content = proposal?.Content ?? new ProposalContent([], [], new CommercialTerms(null, null, "", ""));
        return new ProposalForm(briefId, roleTitle, item.ProposalsDue, criteria, proposal?.Status ?? ProposalStatus.Draft, proposal?.Version ?? 0,
            proposal?.SubmittedAtUtc, proposal?.WithdrawalReason, closedBecause, content.ToInput(criteria.Count),
            proposal?.Versions.Select(v => new ProposalVersionView(v.Version, v.SubmittedAtUtc)).ToList() ?? []);
    }

    public async Task<Result> SaveDraftAsync(Guid firmId, Guid briefId, ProposalInput input, CancellationToken cancellationToken) =>
        await LoadAsync(firmId, briefId, cancellationToken) is { } context
            ? await ChangeAsync(context, (proposal, criteria, now) =>
            {
                proposal.SaveDraft(input.ToContent(criteria), now);
                return null;
            }, cancellationToken)
            : Result.NotFound();

    public async Task<Result> SubmitAsync(Guid firmId, Guid briefId, ProposalInput input, CancellationToken cancellationToken)
    {
        if (await LoadAsync(firmId, briefId, cancellationToken) is not { } context)
        {
            return Result.NotFound();
        }

        var decision = await db.OpenFirmDecisionAsync(briefId, firmId, cancellationToken);

        // Checked against the brief's criteria: an answer missing for one is an empty answer.
        var validation = await validator.ValidateAsync(input.FitCriteria(context.Criteria.Count), cancellationToken);
        return validation.IsValid
            ? await ChangeAsync(context, (proposal, criteria, now) =>
            {
                var submitted = proposal.Submit(input.ToContent(criteria), now);
                decision?.ProposalArrived(proposal.Id);
                db.Note(briefId, firmId, now, proposal.Version == 1 ? "You submitted your proposal." : $"You amended your proposal (version {proposal.Version}).");
                return submitted;
            }, cancellationToken)
            : Result.From(validation);
    }

    public async Task<Result> WithdrawAsync(Guid firmId, Guid briefId, string reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure("WithdrawalReason", "Say why you withdraw: the coordinator reads it.");
        }

        if (await LoadAsync(firmId, briefId, cancellationToken) is not { Proposal: { } proposal })
        {
            return Result.NotFound();
        }

        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var filled = await db.Evaluations.AnyAsync(e => e.BriefId == briefId && e.EngagementId != null, cancellationToken);
            db.AddToOutbox(proposal.Withdraw(reason.Trim(), filled, now), clock);
            db.Note(briefId, firmId, now, $"You withdrew your proposal: {proposal.WithdrawalReason}");
            // The proposal and any of its shortlisted candidates: nothing is awaited from a withdrawn proposal.
            foreach (var decision in await db.Decisions.Where(d => d.BriefId == briefId && d.FirmId == firmId && d.Outcome == null).ToListAsync(cancellationToken))
            {
                db.Decide(decision, Outcome.WithdrawnByFirm, "The firm withdrew its proposal.", automated: true, now);
            }
        }
        catch (ProposalRuleException rule)
        {
            return Result.Failure("", rule.Message);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    private async Task<Result> ChangeAsync(Context context, Func<Proposal, int, DateTime, object?> change, CancellationToken cancellationToken)
    {
        if (context.ClosedBecause is { } closed)
        {
            return Result.Failure("", closed);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var proposal = context.Proposal;
        if (proposal is null)
        {
            proposal = Proposal.Start(context.Item, now);
            db.Proposals.Add(proposal);
        }

        try
        {
            if (change(proposal, context.Criteria.Count, now) is { } integrationEvent)
            {
                db.AddToOutbox(integrationEvent, clock);
            }
        }
        catch (ProposalRuleException rule)
        {
            return Result.Failure("", rule.Message);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>The brief as this firm may propose on it: routed to the firm, which answered interested.</summary>
    private async Task<Context?> LoadAsync(Guid firmId, Guid briefId, CancellationToken cancellationToken)
    {
        var item = await db.InboxItems.AsNoTracking()
            .SingleOrDefaultAsync(i => i.FirmId == firmId && i.BriefId == briefId && i.Response == FirmResponse.Interested, cancellationToken);
        var brief = item is null ? null : await briefs.GetAsync(briefId, cancellationToken);
        if (item is null || brief is null)
        {
            return null;
        }

        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.BriefId == briefId && p.FirmId == firmId, cancellationToken);
        var unsealed = await db.Evaluations.AnyAsync(e => e.BriefId == briefId && e.UnsealedAtUtc != null, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new Context(item, proposal, BriefCriteria.Of(brief), brief.RoleTitle,
            Proposal.ClosedBecause(proposal?.Status ?? ProposalStatus.Draft, item.ProposalsDue, unsealed, today));
    }
}
