namespace InterimExchange.Proposals.Data;

internal class ProposalsDbContext(DbContextOptions options) : ModuleDbContext(options, ProposalsDbContext.Module)
{
    public const string Module = "proposals";

    public DbSet<InboxItem> InboxItems => Set<InboxItem>();

    public DbSet<Proposal> Proposals => Set<Proposal>();

    public DbSet<BriefEvaluation> Evaluations => Set<BriefEvaluation>();

    public DbSet<Score> Scores => Set<Score>();

    public DbSet<Engagement> Engagements => Set<Engagement>();

    public DbSet<EngagementReminder> EngagementReminders => Set<EngagementReminder>();

    public DbSet<Decision> Decisions => Set<Decision>();

    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();

    public DbSet<DecisionPolicy> DecisionPolicies => Set<DecisionPolicy>();

    public DbSet<DecisionReminder> DecisionReminders => Set<DecisionReminder>();

    protected override void OnModuleModelCreating(ModelBuilder builder)
    {
        // What each handover of a person's work moved here, so that taking it back returns exactly that.
        builder.AddHandoverLedger();

        builder.Entity<InboxItem>(item =>
        {
            item.HasKey(i => i.Id);
            item.Property(i => i.RoleTitle).HasMaxLength(200);
            item.Property(i => i.FirmName).HasMaxLength(200);
            item.Property(i => i.Channel).HasConversion<string>().HasMaxLength(20);
            item.Property(i => i.Note).HasMaxLength(4000);
            item.Property(i => i.Reasons).HasJsonConversion();
            item.Property(i => i.ResponseNote).HasMaxLength(4000);
            item.Property(i => i.Response).HasConversion<string>().HasMaxLength(20);
            item.Property(i => i.DeclineReason).HasConversion<string>().HasMaxLength(20);
            // One item per brief and firm, however often the routing message arrives; the inbox lists a firm's items newest first.
            item.HasIndex(i => new { i.BriefId, i.FirmId }).IsUnique();
            item.HasIndex(i => new { i.FirmId, i.RoutedAtUtc });
        });

        builder.Entity<Proposal>(proposal =>
        {
            proposal.HasKey(p => p.Id);
            proposal.Property(p => p.FirmName).HasMaxLength(200);
            proposal.Property(p => p.Channel).HasConversion<string>().HasMaxLength(20);
            proposal.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            // Read and written whole; the sealed terms travel inside and leave the module only through the unsealed view.
            proposal.Property(p => p.Content).HasJsonConversion();
            proposal.Property(p => p.Versions).HasJsonConversion();
            proposal.Property(p => p.WithdrawalReason).HasMaxLength(1000);
            // One proposal per brief and firm; evaluators read a brief's proposals.
            proposal.HasIndex(p => new { p.BriefId, p.FirmId }).IsUnique();
        });

        builder.Entity<BriefEvaluation>(evaluation =>
        {
            evaluation.HasKey(e => e.BriefId);
            evaluation.Property(e => e.BriefId).ValueGeneratedNever();
            evaluation.Property(e => e.UnsealReason).HasMaxLength(1200);
            evaluation.Property(e => e.UnsealedBy).HasMaxLength(200);
            evaluation.Property(e => e.Shortlist).HasJsonConversion();
        });

        builder.Entity<Score>(score =>
        {
            score.HasKey(s => s.Id);
            score.Property(s => s.Role).HasConversion<string>().HasMaxLength(20);
            score.Property(s => s.Evidence).HasMaxLength(1000);
            score.Property(s => s.ScoredBy).HasMaxLength(200);
            // One score per item, criterion and evaluator role; a brief's scores are read together.
            score.HasIndex(s => new { s.ProposalId, s.CandidateId, s.Criterion, s.Role }).IsUnique();
            score.HasIndex(s => s.BriefId);
        });

        builder.Entity<Engagement>(engagement =>
        {
            engagement.HasKey(e => e.Id);
            engagement.Property(e => e.FirmName).HasMaxLength(200);
            engagement.Property(e => e.CandidateAlias).HasMaxLength(100);
            engagement.Property(e => e.InterimName).HasMaxLength(EngagementWords.InterimNameLength);
            engagement.Property(e => e.StartedBy).HasMaxLength(200);
            engagement.Property(e => e.SuccessCriteria).HasJsonConversion();
            engagement.Property(e => e.RoleTitle).HasMaxLength(200);
            engagement.Property(e => e.Criteria).HasJsonConversion().HasDefaultValue(new List<EngagementCriterion>());
            engagement.Property(e => e.EndReason).HasConversion<string>().HasMaxLength(40);
            engagement.Property(e => e.EndNote).HasMaxLength(1000);
            engagement.HasIndex(e => e.BriefId).IsUnique();
            // The reviews owed by an RPO, soonest first, and the hourly reminders' due ones.
            engagement.HasIndex(e => new { e.RpoOrganisationId, e.NextReviewOn });
            engagement.HasIndex(e => e.NextReviewOn);
        });

        builder.Entity<Decision>(decision =>
        {
            decision.HasKey(d => d.Id);
            decision.Property(d => d.RoleTitle).HasMaxLength(200);
            decision.Property(d => d.FirmName).HasMaxLength(200);
            decision.Property(d => d.Channel).HasConversion<string>().HasMaxLength(20);
            decision.Property(d => d.Subject).HasConversion<string>().HasMaxLength(20);
            decision.Property(d => d.CandidateAlias).HasMaxLength(100);
            decision.Property(d => d.OwnerName).HasMaxLength(200);
            decision.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(20);
            decision.Property(d => d.Reason).HasConversion<string>().HasMaxLength(30);
            decision.Property(d => d.Message).HasMaxLength(4000);
            // The RPO's board and the reminders read open decisions by date; a brief's and a firm's decisions are read together.
            decision.HasIndex(d => new { d.RpoOrganisationId, d.Outcome, d.DecisionBy });
            decision.HasIndex(d => new { d.Outcome, d.DecisionBy });
            decision.HasIndex(d => new { d.BriefId, d.FirmId });
        });

        builder.Entity<TimelineEntry>(entry =>
        {
            entry.HasKey(t => t.Id);
            entry.Property(t => t.Text).HasMaxLength(4500);
            entry.HasIndex(t => new { t.BriefId, t.FirmId });
        });

        builder.Entity<DecisionPolicy>(policy =>
        {
            policy.HasKey(p => p.RpoOrganisationId);
            policy.Property(p => p.RpoOrganisationId).ValueGeneratedNever();
        });

        builder.Entity<DecisionReminder>(reminder => reminder.HasKey(r => new { r.DecisionId, r.Day }));
        builder.Entity<EngagementReminder>(reminder => reminder.HasKey(r => new { r.EngagementId, r.Day }));
    }
}

internal sealed class SqliteProposalsDbContext(DbContextOptions<SqliteProposalsDbContext> options) : ProposalsDbContext(options);

internal sealed class SqlServerProposalsDbContext(DbContextOptions<SqlServerProposalsDbContext> options) : ProposalsDbContext(options);

internal sealed class SqliteProposalsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteProposalsDbContext>(ProposalsDbContext.Module);

internal sealed class SqlServerProposalsDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerProposalsDbContext>(ProposalsDbContext.Module);
