using BenefitsBot.Knowledge;
using System.Text.Json.Nodes;
using BenefitsBot.Cli;
using BenefitsBot.Evaluation;

namespace BenefitsBot.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("benefitsbot-cli-").FullName;

    public void Dispose()
    {
        BenefitsBot.Tests.Storage.SqlitePools.ReleaseFiles();
        Directory.Delete(temp, recursive: true);
    }

    private static async Task<(int Exit, string Out, string Error)> RunAsync(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, new StringReader(stdin), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task AskBatchJson_OneLinePerInput_WithContractFieldsAndErrorsInPlace()
    {
        var input = """
            {"lang":"en","text":"What's the difference between the Action Pack and the Learning Action Pack?"}
            this is not json
            {"lang":"en","text":"we bought the action pack on March 14 2025, when's our renewal window?","ref":"2026-11-22"}
            {"lang":"nl","text":"hoeveel kost een gold competentie in euro?"}
            """;

        var (exit, stdout, _) = await RunAsync(input, "ask", "--batch", "--json");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();

        Assert.Equal(1, exit);
        Assert.Equal(4, lines.Count);
        Assert.Equal("faq", lines[0]["kind"]!.GetValue<string>());
        Assert.Equal("What's the difference between the Microsoft Action Pack and the Learning Action Pack?", lines[0]["entry"]!["question_en"]!.GetValue<string>());
        Assert.Equal("error", lines[1]["kind"]!.GetValue<string>());
        Assert.Equal("rule", lines[2]["kind"]!.GetValue<string>());
        Assert.Equal("""{"kind":"renewal-window","start":"2026-03-15","end":"2026-04-13"}""", lines[2]["rule"]!.ToJsonString());
        Assert.Equal("none", lines[3]["kind"]!.GetValue<string>());
        Assert.All(lines.Where(l => l["kind"]!.GetValue<string>() != "error"), l => Assert.NotNull(l["suggestions"]));
        Assert.Equal(5, lines[3]["candidates"]!.AsArray().Count);
        Assert.Empty(lines[2]["candidates"]!.AsArray());
    }

    [Fact]
    public async Task Ask_DateQuestionWithoutDate_StaysAnFaqQuestionWithCandidates()
    {
        var (exit, stdout, _) = await RunAsync(string.Empty, "ask", "hur länge kan vi använda produktnyckeln efter att vi löste in den?", "--json");

        var json = JsonNode.Parse(stdout)!.AsObject();
        Assert.Equal(0, exit);
        Assert.Equal("sv", json["question_lang"]!.GetValue<string>());
        Assert.NotEqual("rule", json["kind"]!.GetValue<string>());
        Assert.Equal(5, json["candidates"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("--folds", "1", "--folds takes a whole number from 2 to 20")]
    [InlineData("--folds", "five", "--folds takes a whole number from 2 to 20")]
    [InlineData("--set", "no-such-file.jsonl", "--set: no file")]
    public async Task EvalFaq_BadOption_ExitsTwoNamingIt(string option, string value, string message)
    {
        var (exit, stdout, error) = await RunAsync(string.Empty, "eval", "faq", option, value);

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalDates_SetPathFromTheCheckoutRoot_FoundFromAFolderBelowIt()
    {
        // Tests run in the test project's bin folder, below the checkout, as "dotnet run --project src/BenefitsBot" runs in src/BenefitsBot.
        var (exit, stdout, error) = await RunAsync(string.Empty, "eval", "dates", "--set", "tests/BenefitsBot.Domain.Tests/Rules/dates-probe-dev.jsonl");

        Assert.True(exit is 0 or 1, error);
        Assert.StartsWith("date rules: ", stdout, StringComparison.Ordinal);
        Assert.Contains("/160", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KbImport_MalformedArticle_ReportsFileAndLineAndKeepsKnowledgeBase()
    {
        var import = Directory.CreateDirectory(Path.Combine(temp, "incoming")).FullName;
        var bad = Path.Combine(import, "broken.md");
        await File.WriteAllTextAsync(bad, "---\ntitle: Broken\n");
        var data = Path.Combine(temp, "data");

        var (exit, _, error) = await RunAsync(string.Empty, "kb", "import", import, "--data", data);
        var imported = Path.Combine(data, "imported-articles");
        var after = Directory.Exists(imported) ? Directory.GetFiles(imported, "*.md") : [];

        Assert.Equal(1, exit);
        Assert.Contains(bad + "(", error, StringComparison.Ordinal);
        Assert.Contains("unchanged", error, StringComparison.Ordinal);
        Assert.DoesNotContain(after, f => Path.GetFileName(f) == "broken.md");
    }

    [Fact]
    public async Task KbImport_ValidArticle_AddsItsEntries()
    {
        var import = Directory.CreateDirectory(Path.Combine(temp, "incoming")).FullName;
        var source = Directory.GetFiles(ShippedContent.ArticlesFolder, "benefits-faq*.md").First();
        var text = await File.ReadAllTextAsync(source);
        await File.WriteAllTextAsync(Path.Combine(import, "benefits-faq-copy.sv-se.md"), text.Replace("benefits-faq", "benefits-faq-copy", StringComparison.Ordinal));
        var data = Path.Combine(temp, "data");

        var (exit, stdout, error) = await RunAsync(string.Empty, "kb", "import", import, "--data", data);

        Assert.True(exit == 0, error);
        var counts = System.Text.RegularExpressions.Regex.Match(stdout, @"now has (\d+) entries \(was (\d+)\)");
        Assert.True(int.Parse(counts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > int.Parse(counts.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), stdout);
    }

    [Fact]
    public async Task UnknownOption_IsAUsageErrorWithoutStackTrace()
    {
        var (exit, _, error) = await RunAsync(string.Empty, "ask", "hello", "--frobnicate");

        Assert.Equal(2, exit);
        Assert.Contains("Unknown option '--frobnicate'", error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
    }
}
