using System.Security.Cryptography;
using System.Text;

namespace InterimExchange.BuildingBlocks.Tokens;

/// <summary>
/// The secret in a link sent by email (a colleague's invitation, a briefing invitation): 256 random bits, given out once and
/// stored only as its hash, so that a copy of the database opens nothing. Each module keeps the hash on its own row, with
/// the expiry and the use that row's rules decide.
/// </summary>
public static class LinkToken
{
    private const int Bytes = 32;

    /// <summary>A new token, to put in the link, and its hash, to store.</summary>
    public static (string Token, string Hash) New()
    {
        var token = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));
        return (token, Hash(token));
    }

    /// <summary>The hash a presented token is stored under; null for one no link of ours could carry (empty or far too long).</summary>
    public static string? HashOf(string? presented) =>
        string.IsNullOrWhiteSpace(presented) || presented.Length > 100 ? null : Hash(presented);

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
