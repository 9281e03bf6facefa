using Microsoft.Extensions.Configuration;

namespace BenefitsBot.Protocol.Authentication;

/// <summary>
/// Reads the botbuilder root keys by hand: a generic Bind would throw on an unparseable <c>MicrosoftAppType</c>
/// (botbuilder falls back to MultiTenant) and would let configuration switch on <see cref="BotAuthenticationOptions.AllowAnonymous"/>.
/// </summary>
internal static class BotAuthenticationOptionsBinder
{
    public static void Bind(IConfiguration configuration, BotAuthenticationOptions options)
    {
        options.MicrosoftAppType = ParseAppType(configuration[nameof(options.MicrosoftAppType)]);
        options.MicrosoftAppId = Read(configuration, nameof(options.MicrosoftAppId)) ?? options.MicrosoftAppId;
        options.MicrosoftAppPassword = Read(configuration, nameof(options.MicrosoftAppPassword)) ?? options.MicrosoftAppPassword;
        options.MicrosoftAppTenantId = Read(configuration, nameof(options.MicrosoftAppTenantId)) ?? options.MicrosoftAppTenantId;
        options.ToBotFromChannelOpenIdMetadataUrl = Read(configuration, nameof(options.ToBotFromChannelOpenIdMetadataUrl)) ?? options.ToBotFromChannelOpenIdMetadataUrl;
        options.ToBotFromEntraOpenIdMetadataUrl = Read(configuration, nameof(options.ToBotFromEntraOpenIdMetadataUrl)) ?? options.ToBotFromEntraOpenIdMetadataUrl;
        options.ToChannelFromBotLoginUrl = Read(configuration, nameof(options.ToChannelFromBotLoginUrl)) ?? options.ToChannelFromBotLoginUrl;
        options.ToChannelFromBotOAuthScope = Read(configuration, nameof(options.ToChannelFromBotOAuthScope)) ?? options.ToChannelFromBotOAuthScope;
        if (bool.TryParse(configuration[nameof(options.RequireHttpsMetadata)], out var requireHttps))
        {
            options.RequireHttpsMetadata = requireHttps;
        }

        AddList(configuration.GetSection(nameof(options.AllowedServiceHosts)), options.AllowedServiceHosts);
        AddList(configuration.GetSection(nameof(options.AllowedEntraCallers)), options.AllowedEntraCallers);
    }

    /// <summary>Case-insensitive names only; missing, numeric or unknown values mean MultiTenant (botbuilder).</summary>
    public static BotAppType ParseAppType(string? value) =>
        Enum.GetValues<BotAppType>().FirstOrDefault(
            type => string.Equals(type.ToString(), value?.Trim(), StringComparison.OrdinalIgnoreCase),
            BotAppType.MultiTenant);

    private static string? Read(IConfiguration configuration, string key) =>
        string.IsNullOrWhiteSpace(configuration[key]) ? null : configuration[key]!.Trim();

    /// <summary>Accepts an array section or one comma/semicolon separated value (handy in environment variables).</summary>
    private static void AddList(IConfigurationSection section, IList<string> target)
    {
        var values = section.GetChildren().Select(child => child.Value).Append(section.Value)
            .SelectMany(value => (value ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        foreach (var value in values.Where(value => !target.Contains(value, StringComparer.OrdinalIgnoreCase)))
        {
            target.Add(value);
        }
    }
}
