using Microsoft.AspNetCore.Http;

namespace BenefitsBot.Testing.FakeGraph;

/// <summary>Records every request; answers programmed faults and unauthenticated requests before the endpoints run.</summary>
public sealed partial class FakeGraphServer
{
    private readonly List<FakeGraphRequest> requests = [];

    /// <summary>Every request so far in arrival order, faulted ones included (a snapshot).</summary>
    public IReadOnlyList<FakeGraphRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    private async Task RecordAsync(HttpContext context, RequestDelegate next)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        context.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));
        var request = new FakeGraphRequest(
            DateTimeOffset.UtcNow,
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body);
        if (TakeFault(request) is { } fault)
        {
            await WriteFaultAsync(context, fault).ConfigureAwait(false);
        }
        else if (request.Header("Authorization")?.StartsWith("Bearer ", StringComparison.Ordinal) != true)
        {
            await WriteFaultAsync(context, new FakeGraphFault(401, "InvalidAuthenticationToken", "Access token is empty.")).ConfigureAwait(false);
        }
        else
        {
            await next(context).ConfigureAwait(false);
        }

        lock (gate)
        {
            requests.Add(request with { ResponseStatus = context.Response.StatusCode });
        }
    }

    private static async Task WriteFaultAsync(HttpContext context, FakeGraphFault fault)
    {
        context.Response.StatusCode = fault.StatusCode;
        if (fault.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (fault.Code is not null)
        {
            await Results.Json(GraphError(fault.Code, fault.Message ?? string.Empty), statusCode: fault.StatusCode).ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    private static object GraphError(string code, string message) =>
        new { error = new { code, message, innerError = new { date = DateTimeOffset.UtcNow, requestId = Guid.NewGuid() } } };
}
