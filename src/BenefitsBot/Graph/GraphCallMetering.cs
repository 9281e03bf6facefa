using BenefitsBot.Protocol.Diagnostics;

namespace BenefitsBot.Graph;

/// <summary>
/// Innermost handler of the Graph pipeline (inside Graph's RetryHandler): counts every HTTP attempt by status, and the
/// Retry-After wait of each throttled (429) answer, which the RetryHandler then honours.
/// </summary>
internal sealed class GraphCallMetering(BotTelemetry telemetry) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (Exception ex)
        {
            telemetry.GraphCalled(null, ex.GetType().Name);
            throw;
        }

        telemetry.GraphCalled((int)response.StatusCode, null);
        if (response.StatusCode == System.Net.HttpStatusCode.TooManyRequests && response.Headers.RetryAfter?.Delta is { } wait)
        {
            telemetry.Throttled(ThrottledService.Graph, ThrottleReason.RetryAfter, wait);
        }

        return response;
    }
}
