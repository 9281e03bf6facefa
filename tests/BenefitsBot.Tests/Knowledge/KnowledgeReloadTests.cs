using BenefitsBot.Cli;
using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Knowledge;
using BenefitsBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Tests.Knowledge;

/// <summary>kb import while the bot runs: the running bot picks the new articles up, no restart or redeploy.</summary>
public sealed class KnowledgeReloadTests : IAsyncLifetime
{
    private readonly BotApp app = new();
    private readonly string data = Directory.CreateTempSubdirectory("benefitsbot-kb-").FullName;

    public async Task InitializeAsync()
    {
        app.Settings["DataDirectory"] = data;
        await app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task KbImport_WhileBotRuns_RunningKnowledgeBaseGrows()
    {
        var store = app.Factory.Services.GetRequiredService<KnowledgeBaseStore>();
        var before = store.Current.Entries.Count;
        var incoming = Directory.CreateDirectory(Path.Combine(data, "incoming")).FullName;
        var source = Directory.GetFiles(ShippedContent.ArticlesFolder, "benefits-faq*.md").First();
        var text = await File.ReadAllTextAsync(source);
        await File.WriteAllTextAsync(Path.Combine(incoming, "benefits-faq-copy.sv-se.md"), text.Replace("benefits-faq", "benefits-faq-copy", StringComparison.Ordinal));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["kb", "import", incoming, "--data", data], TextReader.Null, output, error);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (store.Current.Entries.Count == before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.True(exit == 0, error.ToString());
        Assert.True(store.Current.Entries.Count > before, $"still {store.Current.Entries.Count} entries");
    }
}
