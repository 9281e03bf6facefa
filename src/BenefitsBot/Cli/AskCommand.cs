using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenefitsBot.Answering;
using Microsoft.Extensions.DependencyInjection;

namespace BenefitsBot.Cli;

/// <summary><c>ask "question"</c> prints the bot's answer; <c>ask --batch --json</c> answers JSON lines {"lang","text","ref"?} from stdin, one JSON line each.</summary>
internal static class AskCommand
{
    /// <summary>JSON lines for people and scripts: non-ASCII text (Swedish, Chinese) written as is.</summary>
    private static readonly JsonSerializerOptions JsonLines = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        var question = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : null;
        var options = CommandOptions.Parse(question is null ? args : args[1..], "--batch", "--json", "--lang", "--ref");
        await using var app = BotServices.Build();
        var answerer = app.Services.GetRequiredService<QuestionAnswerer>();
        if (options.ContainsKey("--batch"))
        {
            return await RunBatchAsync(answerer, input, output);
        }

        if (question is null)
        {
            throw new CommandLineException("Usage: ask \"question\" [--lang en|sv|nl|zh-TW] [--ref YYYY-MM-DD] [--json]  |  ask --batch --json");
        }

        var answer = answerer.Answer(question, options.GetValueOrDefault("--lang"), ParseDate(options.GetValueOrDefault("--ref")));
        await output.WriteLineAsync(options.ContainsKey("--json") ? AnswerJson.Of(answer).ToJsonString(JsonLines) : AnswerText.Of(answer));
        return 0;
    }

    private static async Task<int> RunBatchAsync(QuestionAnswerer answerer, TextReader input, TextWriter output)
    {
        var failures = 0;
        while (await input.ReadLineAsync() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            // One output line per input line, in order; a bad line gets an error line and the batch goes on.
            JsonObject result;
            try
            {
                var request = JsonNode.Parse(line)?.AsObject() ?? throw new FormatException("not a JSON object");
                var text = request["text"]?.GetValue<string>() ?? throw new FormatException("missing \"text\"");
                var reference = ParseDate(request["ref"]?.GetValue<string>());
                result = AnswerJson.Of(answerer.Answer(text, request["lang"]?.GetValue<string>(), reference));
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
            {
                failures++;
                result = new JsonObject { ["kind"] = "error", ["error"] = ex.Message };
            }

            await output.WriteLineAsync(result.ToJsonString(JsonLines));
        }

        return failures == 0 ? 0 : 1;
    }

    private static DateOnly? ParseDate(string? value) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new FormatException($"\"ref\" must be a date as YYYY-MM-DD, not '{value}'.");
}
