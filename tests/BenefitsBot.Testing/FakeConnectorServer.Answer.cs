using System.Globalization;
using System.Text;
using BenefitsBot.Protocol.Activities;
using Microsoft.AspNetCore.Http;

namespace BenefitsBot.Testing;

public sealed partial class FakeConnectorServer
{
    /// <summary>What the fake answers to one request, plus what it learnt from it for the recording.</summary>
    private sealed record Answer(int Status, string? Json, TimeSpan? RetryAfter = null, DateTimeOffset? RetryAfterDate = null)
    {
        public Activity? Activity { get; init; }

        public string? AssignedActivityId { get; init; }

        public string? TargetConversationId { get; init; }

        public static Answer Ok(string json, int status = StatusCodes.Status200OK) => new(status, json);

        public static Answer Error(int status, string code, string message) => new(status, ConnectorFault.Error(code, message));

        public TimeSpan Delay { get; init; }

        public static Answer From(ConnectorFault fault) => new((int)fault.StatusCode, fault.Body, fault.RetryAfter, fault.RetryAfterDate) { Delay = fault.Delay };

        public async Task WriteAsync(HttpContext context)
        {
            if (Delay > TimeSpan.Zero)
            {
                // A client that gave up closes the connection; the aborted delay then simply ends the request.
                await Task.Delay(Delay, context.RequestAborted).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                if (context.RequestAborted.IsCancellationRequested)
                {
                    return;
                }
            }

            context.Response.StatusCode = Status;
            if (RetryAfter is { } delta)
            {
                context.Response.Headers.RetryAfter = ((long)Math.Ceiling(delta.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }
            else if (RetryAfterDate is { } date)
            {
                context.Response.Headers.RetryAfter = date.ToString("R", CultureInfo.InvariantCulture);
            }

            if (Json is not null)
            {
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(Json), context.RequestAborted).ConfigureAwait(false);
            }
        }
    }
}
