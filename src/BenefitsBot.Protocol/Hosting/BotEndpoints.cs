using System.Buffers;
using BenefitsBot.Protocol.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Protocol.Hosting;

/// <summary>Maps the Bot Framework messaging endpoint onto ASP.NET Core.</summary>
public static class BotEndpoints
{
    /// <summary>Activities larger than this are refused with 413 before they are parsed.</summary>
    public const int MaxActivityBytes = 256 * 1024;

    public static RouteHandlerBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(pattern, HandleAsync);
    }

    private static async Task HandleAsync(HttpContext http, ActivityProcessor processor)
    {
        var body = await ReadBodyAsync(http.Request, http.RequestAborted);
        var result = body is null
            ? ProcessResult.Problem(StatusCodes.Status413PayloadTooLarge, $"Activities are limited to {MaxActivityBytes / 1024} KB.")
            : await processor.ProcessAsync(body.Value, http.Request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null, http.RequestAborted);
        if (http.RequestAborted.IsCancellationRequested)
        {
            return; // the caller left (the turn logged it); there is no one to answer
        }

        http.Response.StatusCode = result.Status;
        if (result.Body is not null)
        {
            http.Response.ContentType = result.Status >= 400 && result.Body["title"] is not null ? "application/problem+json" : "application/json; charset=utf-8";
            await http.Response.WriteAsync(result.Body.ToJsonString(), http.RequestAborted);
        }
    }

    /// <summary>The body, or null when it is over <see cref="MaxActivityBytes"/>.</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxActivityBytes)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await request.Body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > MaxActivityBytes)
            {
                return null;
            }
        }
    }
}
