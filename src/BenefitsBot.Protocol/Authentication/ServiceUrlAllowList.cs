using Microsoft.Extensions.Options;

namespace BenefitsBot.Protocol.Authentication;

/// <summary>
/// Decides whether the bot token may be sent to a <c>serviceUrl</c> (the Agents SDK <c>OutboundHostValidator</c> idea):
/// the host must equal or end in <c>.{entry}</c> for an allowed entry, over https; plain http only to loopback hosts.
/// </summary>
public sealed class ServiceUrlAllowList(IOptions<BotAuthenticationOptions> options)
{
    private readonly string[] hosts = [.. options.Value.AllowedServiceHosts.Select(host => host.Trim().TrimStart('.'))];

    /// <summary>The activity's <c>serviceUrl</c> as sent; false when it is not an absolute URL.</summary>
    public bool IsAllowed(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && IsAllowed(uri);

    public bool IsAllowed(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri || !(serviceUrl.Scheme == Uri.UriSchemeHttps || (serviceUrl.Scheme == Uri.UriSchemeHttp && serviceUrl.IsLoopback)))
        {
            return false;
        }

        var host = serviceUrl.IdnHost;
        return hosts.Any(allowed =>
            host.Equals(allowed, StringComparison.OrdinalIgnoreCase)
            || (host.Length > allowed.Length
                && host.EndsWith(allowed, StringComparison.OrdinalIgnoreCase)
                && host[host.Length - allowed.Length - 1] == '.'));
    }
}
