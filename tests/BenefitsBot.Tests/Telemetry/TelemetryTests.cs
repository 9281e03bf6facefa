using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using BenefitsBot.Hosting;
using BenefitsBot.Protocol.Activities;
using BenefitsBot.Protocol.Diagnostics;
using BenefitsBot.Testing.Turns;
using BenefitsBot.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace BenefitsBot.Tests.Telemetry;

/// <summary>
/// Every host in the process listens to every meter named BenefitsBot (OpenTelemetry matches meters by name), so these tests
/// run alone: another test's turns would be counted here.
/// </summary>
[CollectionDefinition(nameof(MetersListenedAlone), DisableParallelization = true)]
public sealed class MetersListenedAlone;

/// <summary>The real host with the Prometheus endpoint on: turns over /api/messages, then a scrape of /metrics over HTTP.</summary>
[Collection(nameof(MetersListenedAlone))]
public sealed class TelemetryTests : IAsyncLifetime
{
    private const string EnglishAnswered = "when can we renew the action pack?";
    private const string SwedishAnswered = "när kan vi förnya vårt Microsoft Action Pack?";
    private const string EnglishNone = "what does the gold competency fee cost in euros?";
    private const string EnglishRule = "We bought the Action Pack on 1 sept 2020, when can we renew?";

    private readonly BotApp app = new();
    private readonly List<System.Diagnostics.Activity> spans = [];

    public Task InitializeAsync()
    {
        app.Settings[TelemetryServices.PrometheusSetting] = "true";
        app.ConfigureHost = web => web.ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
        return app.InitializeAsync();
    }

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Scrape_AfterTurnsInTwoLanguages_CountsOutcomesPerLanguage()
    {
        foreach (var question in new[] { EnglishAnswered, SwedishAnswered, EnglishNone, EnglishRule, EnglishAnswered })
        {
            await AskOverHttpAsync(question);
        }

        var metrics = await ScrapeAsync();

        Assert.Equal(2, Sample(metrics, "benefitsbot_answers_total", "outcome=\"answered\"", "language=\"en\""));
        Assert.Equal(1, Sample(metrics, "benefitsbot_answers_total", "outcome=\"answered\"", "language=\"sv\""));
        Assert.Equal(1, Sample(metrics, "benefitsbot_answers_total", "outcome=\"none\"", "language=\"en\""));
        Assert.Equal(1, Sample(metrics, "benefitsbot_answers_total", "outcome=\"rule\"", "language=\"en\""));
        Assert.Equal(5, Sample(metrics, "benefitsbot_turns_total", "activity_type=\"message\"", "http_response_status_code=\"200\""));
        Assert.Equal(5, Sample(metrics, "benefitsbot_turn_duration_seconds_count", "activity_type=\"message\""));
        Assert.Equal(5, Sample(metrics, "benefitsbot_connector_calls_total", "operation=\"ReplyToActivity\"", "http_response_status_code=\"201\""));
    }

    [Fact]
    public async Task Scrape_PrometheusOffByDefault_Answers404()
    {
        var plain = new BotApp();
        await plain.InitializeAsync();
        try
        {
            using var client = plain.Factory.CreateClient();

            using var response = await client.GetAsync(new Uri(TelemetryServices.PrometheusPath, UriKind.Relative));

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        finally
        {
            await plain.DisposeAsync();
        }
    }

    [Fact]
    public async Task Spans_OfATurn_FollowTurnAnswerConnectorAndCarryNoMessageText()
    {
        const string marker = "zyxquartz";
        await AskOverHttpAsync($"what does the {marker} fee cost in euros?");
        var metrics = await ScrapeAsync();

        var answer = Assert.Single(spans, s => s.OperationName == "answer");
        var turn = Assert.Single(spans, s => s.SpanId == answer.ParentSpanId);
        Assert.Equal("turn", turn.OperationName);
        Assert.Contains(spans, s => s.OperationName == "connector.call" && s.TraceId == turn.TraceId);
        Assert.Contains(spans, s => s.Kind == System.Diagnostics.ActivityKind.Server && s.TraceId == turn.TraceId);
        Assert.DoesNotContain(marker, metrics, StringComparison.OrdinalIgnoreCase);
        foreach (var span in spans)
        {
            Assert.DoesNotContain(marker, SpanText(span), StringComparison.OrdinalIgnoreCase);
        }
    }

    private async Task AskOverHttpAsync(string text)
    {
        var message = TeamsActivities.PersonalMessage(app.Connector.ServiceUrl, text);
        var before = app.Connector.Requests.Count;
        using var client = app.Factory.CreateClient();
        using var content = new StringContent(JsonSerializer.Serialize(message, ActivityJsonContext.Default.Activity), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await app.Connector.WaitForActivityAsync(r => r.Sequence > before && r.ConversationId == message.Conversation!.Id, TimeSpan.FromSeconds(10));
    }

    private async Task<string> ScrapeAsync()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri(TelemetryServices.PrometheusPath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The value of the one sample of <paramref name="metric"/> whose labels include all of <paramref name="labels"/>.</summary>
    private static double Sample(string exposition, string metric, params string[] labels)
    {
        var line = Assert.Single(
            exposition.Split('\n'),
            l => l.StartsWith(metric + "{", StringComparison.Ordinal) && labels.All(label => l.Contains(label, StringComparison.Ordinal)));
        var value = line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0];
        return double.Parse(value, CultureInfo.InvariantCulture);
    }

    private static string SpanText(System.Diagnostics.Activity span) =>
        string.Join(
            '\n',
            new[] { span.OperationName, span.DisplayName, span.StatusDescription ?? string.Empty }
                .Concat(span.TagObjects.Select(t => $"{t.Key}={t.Value}"))
                .Concat(span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name} {t.Key}={t.Value}")))
                .Concat(span.Baggage.Select(b => $"{b.Key}={b.Value}")));
}
