using System.Net;
using DnsClient;

namespace InterimExchange.Accounts.Features;

/// <summary>
/// The TXT records a domain publishes now, read through DNS: at <c>_interimexchange.&lt;domain&gt;</c> and at the domain itself.
/// The DNS server is <c>SingleSignOn:DnsServer</c> (an address, with a port after a colon if not 53), else the system's resolvers.
/// Nothing is cached, so a record just published is seen at the next check.
/// </summary>
internal sealed class DomainRecords(ILookupClient dns)
{
    public const string Name = "_interimexchange.";

    public static ILookupClient Client(string? server)
    {
        var options = string.IsNullOrWhiteSpace(server) ? new LookupClientOptions() : new LookupClientOptions(Server(server.Trim()));
        options.UseCache = false;
        options.Timeout = TimeSpan.FromSeconds(5);
        options.Retries = 1;
        return new LookupClient(options);
    }

    public async Task<IReadOnlyList<string>> TxtAsync(string domain, CancellationToken cancellationToken)
    {
        var records = new List<string>();
        foreach (var name in new[] { Name + domain, domain })
        {
            try
            {
                var answer = await dns.QueryAsync(name, QueryType.TXT, cancellationToken: cancellationToken);
                records.AddRange(answer.Answers.TxtRecords().Select(r => string.Concat(r.Text)));
            }
            catch (DnsResponseException)
            {
                throw new BusinessRuleException($"DNS did not answer for {domain} just now. Check again in a minute.", nameof(SaveSingleSignOnCommand.EmailDomain));
            }
        }

        return records;
    }

    private static NameServer Server(string server) =>
        IPEndPoint.TryParse(server, out var endpoint)
            ? new NameServer(endpoint.Address, endpoint.Port == 0 ? NameServer.DefaultPort : endpoint.Port)
            : throw new InvalidOperationException($"SingleSignOn:DnsServer is '{server}': give an IP address, with :port if the server does not listen on 53.");
}
