using BenefitsBot.Protocol.Activities;

namespace BenefitsBot.Protocol.Connector;

/// <summary>One page of <c>GET v3/conversations/{id}/pagedmembers</c>; no <see cref="ContinuationToken"/> on the last page.</summary>
public sealed class PagedMembersResult
{
    public string? ContinuationToken { get; set; }

    public IList<ChannelAccount>? Members { get; set; }
}
