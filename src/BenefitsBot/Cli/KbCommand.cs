using BenefitsBot.Domain.Knowledge;
using BenefitsBot.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Cli;

/// <summary><c>kb import &lt;folder&gt;</c>: checks the articles with the ones in use and adds them only if all load; a running bot reloads them.</summary>
internal static class KbCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args is not ["import", var folder, .. var rest] || folder.StartsWith("--", StringComparison.Ordinal))
        {
            throw new CommandLineException("Usage: kb import <folder of .md articles and/or alternate-questions.tsv> [--data DIR]");
        }

        await using var app = BotServices.Build(CommandOptions.Parse(rest, "--data").GetValueOrDefault("--data"));
        var library = app.Services.GetRequiredService<ArticleLibrary>();
        var before = library.Load().Entries.Count;
        var result = library.Import(Path.GetFullPath(folder));
        if (result.KnowledgeBase is not { } imported)
        {
            foreach (var problem in result.Errors)
            {
                await error.WriteLineAsync($"{problem.FilePath}({problem.LineNumber}): {problem.Reason}");
            }

            await error.WriteLineAsync($"Nothing imported; the knowledge base in use ({before} entries) is unchanged.");
            return 1;
        }

        await output.WriteLineAsync($"Imported into {library.ImportedFolder}: the knowledge base now has {imported.Entries.Count} entries (was {before}).");
        return 0;
    }
}
