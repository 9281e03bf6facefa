namespace BenefitsBot.Testing.Playground;

/// <summary>How to start the Agents Playground for a test.</summary>
public sealed record AgentsPlaygroundOptions
{
    /// <summary>The bot's messaging endpoint, e.g. <c>http://127.0.0.1:3978/api/messages</c>.</summary>
    public required Uri BotEndpoint { get; init; }

    /// <summary>Covers node start-up (~5 s on this machine) and the Playground's wait for the bot endpoint.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(40);

    /// <summary>Extra environment for the Playground process, e.g. <c>TZ</c> (it sets <c>localTimezone</c> from it).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>When set, written as <c>.m365agentsplayground.yml</c> in its working folder: the mocked tenant, users and chats.</summary>
    public string? ConfigYaml { get; init; }
}
