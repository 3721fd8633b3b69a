namespace InterimExchange.Web.Areas.Rpo.Pages.Sourcing;

/// <summary>The RPO's own sourcing team proposes exactly as a specialist firm does.</summary>
public sealed class ProposalModel(IProposals proposals) : ProposalPageModel(proposals);
