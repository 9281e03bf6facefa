using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BenefitsBot.Testing.Playground;

/// <summary>
/// The Microsoft 365 Agents Playground (npm <c>@microsoft/m365agentsplayground</c>, pinned in <c>tests/playground</c>) as a
/// headless Teams client: a child process driven over its HTTP API, bot output read from its WebSocket.
/// </summary>
public sealed partial class AgentsPlayground : IAsyncDisposable
{
    private readonly ChildProcess process;
    private readonly HttpClient http;
    private readonly PlaygroundStream stream;
    private readonly string workDirectory;

    private AgentsPlayground(ChildProcess process, HttpClient http, PlaygroundStream stream, PlaygroundConfig config, string workDirectory)
    {
        this.process = process;
        this.http = http;
        this.stream = stream;
        this.workDirectory = workDirectory;
        Config = config;
    }

    /// <summary>e.g. <c>http://127.0.0.1:56150/</c>. It listens on all interfaces: the CLI has no bind option.</summary>
    public Uri BaseAddress => http.BaseAddress!;

    public PlaygroundConfig Config { get; }

    /// <summary>The <c>serviceUrl</c> the Playground puts on activities (its mock Bot Connector).</summary>
    public Uri ServiceUrl => new(BaseAddress, "_connector");

    public string LogFilePath => Path.Combine(workDirectory, "playground.log");

    /// <summary>Starts the Playground on a free port, waits until it answers and its WebSocket is connected.</summary>
    public static async Task<AgentsPlayground> StartAsync(AgentsPlaygroundOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        PlaygroundPackage.EnsureInstalled();
        var workDirectory = Directory.CreateTempSubdirectory("benefitsbot-playground-").FullName;
        if (options.ConfigYaml is { } yaml)
        {
            await File.WriteAllTextAsync(Path.Combine(workDirectory, ".m365agentsplayground.yml"), yaml, cancellationToken);
        }

        var process = ChildProcess.Start("node", [PlaygroundPackage.PlaygroundCli, "--disable-telemetry"], workDirectory, Environment(options, workDirectory));
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.StartupTimeout);
        HttpClient? http = null;
        PlaygroundStream? stream = null;
        try
        {
            // It falls back to a random port when the asked one is taken, so trust only what it prints.
            var listening = await process.WaitForOutputAsync("Listening on ").WaitAsync(deadline.Token);
            var port = int.Parse(ListeningPort().Match(listening).Groups[1].Value, CultureInfo.InvariantCulture);
            http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            var pong = await http.GetStringAsync(new Uri("_debug/ping", UriKind.Relative), deadline.Token);
            if (pong != "pong")
            {
                throw new InvalidOperationException($"Unexpected ping answer: {pong}");
            }

            stream = await PlaygroundStream.ConnectAsync(http.BaseAddress, deadline.Token);

            // This call waits (up to 15 s) until the bot endpoint answers, like the browser UI does on load.
            var config = await http.GetFromJsonAsync<JsonElement>(new Uri("_internal/v1/config", UriKind.Relative), deadline.Token);
            return new AgentsPlayground(process, http, stream, PlaygroundConfig.Parse(config), workDirectory);
        }
        catch (Exception error) when (error is OperationCanceledException or HttpRequestException or InvalidOperationException or System.Net.WebSockets.WebSocketException)
        {
            var output = process.OutputTail();
            if (stream is not null)
            {
                await stream.DisposeAsync();
            }

            http?.Dispose();
            await process.DisposeAsync();
            Directory.Delete(workDirectory, recursive: true);
            throw new InvalidOperationException($"The Agents Playground did not start: {error.Message}\n{output}", error);
        }
    }

    /// <summary>The next bot message on the WebSocket that <paramref name="match"/> accepts (any bot message when null).</summary>
    /// <returns>The envelope <c>{"action":"createMessage"|"updateMessage","actionConversationId","message":{"messageId","from","text","attachments",…}}</c>.</returns>
    public Task<JsonElement> WaitForBotMessageAsync(Func<JsonElement, bool>? match, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        stream.TakeAsync(envelope => IsBotMessage(envelope) && (match is null || match(envelope)), timeout, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await stream.DisposeAsync();
        http.Dispose();
        await process.DisposeAsync();
        Directory.Delete(workDirectory, recursive: true);
    }

    /// <summary>Not the user's own message: the sender id is whatever the bot put in <c>from</c>, so it is not compared with <see cref="PlaygroundConfig.BotId"/>.</summary>
    private bool IsBotMessage(JsonElement envelope) =>
        PlaygroundEnvelope.Message(envelope) is not null && !PlaygroundEnvelope.IsFrom(envelope, Config.CurrentUserId);

    private static Dictionary<string, string?> Environment(AgentsPlaygroundOptions options, string workDirectory)
    {
        var environment = PlaygroundPackage.LoopbackOnlyEnvironment();
        environment["TEAMSAPPTESTER_BROWSER"] = "none";
        environment["TEAMSAPPTESTER_PORT"] = LoopbackPort.Free().ToString(CultureInfo.InvariantCulture);
        environment["BOT_ENDPOINT"] = options.BotEndpoint.AbsoluteUri;
        environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(workDirectory, "playground.log");
        environment["TEAMSAPPTESTER_LOGFILE"] = Path.Combine(workDirectory, "playground.log");
        environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = Path.Combine(workDirectory, ".m365agentsplayground.yml");
        foreach (var (key, value) in options.Environment)
        {
            environment[key] = value;
        }

        return environment;
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningPort();
}
