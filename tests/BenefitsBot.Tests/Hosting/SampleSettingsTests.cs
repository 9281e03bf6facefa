using System.Reflection;
using BenefitsBot.Protocol.Authentication;
using BenefitsBot.Protocol.Connector;
using BenefitsBot.Testing;
using Microsoft.Extensions.Configuration;

namespace BenefitsBot.Tests.Hosting;

/// <summary>appsettings.sample.json documents every setting the code reads, and holds no secret.</summary>
public sealed class SampleSettingsTests
{
    private static readonly IConfigurationRoot Sample = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(RepoPaths.RepoRoot, "appsettings.sample.json"), optional: false)
        .Build();

    private static readonly string SampleText = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "appsettings.sample.json"));

    public static TheoryData<string> SettingNames()
    {
        var names = new TheoryData<string>();
        foreach (var property in Settable(typeof(BotAuthenticationOptions)))
        {
            // Set by the host (Development) or fixed in code, never from configuration.
            if (property.Name is not (nameof(BotAuthenticationOptions.AllowAnonymous) or nameof(BotAuthenticationOptions.ForcedKeyRefreshMinimumInterval)
                or nameof(BotAuthenticationOptions.MetadataRetry)))
            {
                names.Add(property.Name);
            }
        }

        foreach (var property in Settable(typeof(ConnectorOptions)))
        {
            names.Add($"{ConnectorOptions.SectionName}:{property.Name}");
        }

        foreach (var property in Settable(typeof(BenefitsBot.Graph.GraphOptions)))
        {
            names.Add($"{BenefitsBot.Graph.GraphOptions.SectionName}:{property.Name}");
        }

        foreach (var property in Settable(typeof(BenefitsBot.Nudges.NudgeOptions)))
        {
            names.Add($"{BenefitsBot.Nudges.NudgeOptions.SectionName}:{property.Name}");
        }

        foreach (var property in Settable(typeof(BenefitsBot.Knowledge.KnowledgeOptions)))
        {
            names.Add($"{BenefitsBot.Knowledge.KnowledgeOptions.SectionName}:{property.Name}");
        }

        foreach (var property in Settable(typeof(BenefitsBot.Bot.Bookkeeping.BookkeepingOptions)))
        {
            names.Add($"{BenefitsBot.Bot.Bookkeeping.BookkeepingOptions.SectionName}:{property.Name}");
        }

        names.Add("DataDirectory");
        names.Add("Storage:Sqlite:ConnectionString");
        names.Add("Storage:Provider");
        return names;
    }

    [Theory]
    [MemberData(nameof(SettingNames))]
    public void Sample_DocumentsSetting(string name)
    {
        // A secret is documented in a comment only; everything else as a key with an example value.
        var documented = name is nameof(BotAuthenticationOptions.MicrosoftAppPassword) or "Graph:ClientSecret"
            ? SampleText.Contains(name.Split(':')[^1], StringComparison.Ordinal)
            : Sample.GetSection(name).Exists() || SampleText.Contains($"\"{name.Split(':')[^1]}\": null", StringComparison.Ordinal);
        Assert.True(documented, $"appsettings.sample.json does not document {name}");
    }

    [Fact]
    public void Sample_HasNoPasswordValue()
    {
        Assert.Null(Sample["MicrosoftAppPassword"]);
    }

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite || p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IList<>));
}
