using BenefitsBot.Protocol.Hosting;

namespace BenefitsBot.Hosting;

/// <summary>Builds the web host; tests and the benchmark start the same host the command line does.</summary>
public static class BenefitsBotHost
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (!builder.Environment.IsDevelopment())
        {
            // Structured JSON logs with the turn's conversation and activity ids (logging scopes) for log analytics.
            builder.Logging.ClearProviders().AddJsonConsole(o => o.IncludeScopes = true);
        }
        else
        {
            builder.Logging.AddSimpleConsole(o => o.IncludeScopes = true);
        }

        builder.Services.AddBenefitsBot(builder.Configuration, builder.Environment);
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.MapGet("/healthz", () => TypedResults.Ok(new HealthStatus("ok")));
        app.MapBotMessages("/api/messages");
        return app;
    }

    public sealed record HealthStatus(string Status);
}
