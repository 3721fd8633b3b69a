namespace InterimExchange.Accounts.Contracts;

/// <summary>What a presented invitation link is worth; shown to people only in words.</summary>
public enum InvitationTokenStatus
{
    Valid,
    Unknown,
    WrongPurpose,
    Expired,
    Revoked,
    Redeemed,
}
